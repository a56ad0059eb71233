"""The PySide6 coding workbench: the only package that imports Qt.

Entry points: ``tyokyky_qda.gui.app.run_gui(project_path)`` and ``MainWindow(project)``.
Panels plug in through ``tyokyky_qda.gui.panels.register_panel``.
"""
