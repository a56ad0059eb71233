"""The error catalogue: exceptions that carry a one-line message meant for the user.

The CLI prints a ``UserError`` as one line and exits 1; the GUI shows it in a message box.
Anything else is a bug and keeps its traceback.
"""


class UserError(Exception):
    """Something the user can fix: a missing file, a bad id, a project in use."""


class NotFound(UserError):
    """An id, GUID or path that names nothing in the project."""


class ProjectInUse(UserError):
    """Another process holds the project open for writing."""


class ReadOnlyProject(UserError):
    """A write was attempted on a project opened read-only."""


class InvalidOffsets(UserError):
    """A range that does not fit the text it points into."""


class ImportFailed(UserError):
    """A file that cannot be imported; the message names the file and the reason."""


class Cancelled(Exception):
    """Long work stopped because the user asked it to."""
