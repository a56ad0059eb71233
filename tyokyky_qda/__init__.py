"""tyokyky-qda: qualitative data analysis for evaluation research, offline."""

__version__ = "0.1.0"
