"""The Qt workbench: the only package that imports PySide6."""
