"""The SQLite project file (.tqda) and the Project API that every front end calls."""

from tyokyky_qda.store.project import Project

__all__ = ["Project"]
