"""The one exception tree: every error frontwire raises on purpose is a FrontwireError."""

from __future__ import annotations


class FrontwireError(Exception):
    """Base of every error frontwire raises on purpose; the CLI prints it as one line."""

    exit_code = 1


class InputError(FrontwireError):
    """An input file or record cannot be read as an article."""

    exit_code = 2

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ResourceError(FrontwireError):
    """A resource (model, gazetteer, catalogue, lexicon) is missing or broken."""

    exit_code = 3


class SettingsError(FrontwireError):
    """A setting has a value frontwire cannot use."""

    exit_code = 4


class QueryError(SettingsError):
    """A query value (a filter, page cursor or interval) that the store cannot use."""


class GazetteerSourceError(FrontwireError):
    """A file given to `frontwire gazetteer import` is not a source it can read."""

    exit_code = 2

    def __init__(self, source: str, problem: str, *, line: int | None = None) -> None:
        where = source if line is None else f"{source}, line {line}"
        super().__init__(f"{where}: {problem}")
        self.source = source
        self.problem = problem
        self.line = line
