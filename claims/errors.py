"""Errors a user can cause. The CLI turns each into one line and an exit code."""


class ClaimsError(Exception):
    """Base class for every error meant to be shown to a user."""

    exit_code = 1


class InputError(ClaimsError):
    """An input file or record cannot be read as an article."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class DatabaseError(ClaimsError):
    """The database cannot be opened or is not one of ours."""

    exit_code = 2


class QueryError(ClaimsError):
    """A search or filter the user gave cannot be run."""

    exit_code = 2


class NotFoundError(ClaimsError):
    """A named speaker, article or group does not exist."""

    exit_code = 1


class UsageError(ClaimsError):
    """An option value is invalid (bad date, unknown format...)."""

    exit_code = 2
