"""ReadFailure: one record of a many-record input that could not be read, reported not raised."""

from __future__ import annotations

from dataclasses import dataclass

from frontwire.errors import InputError


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A record that could not be read; reading went on with the next one.

    line is the line number in a JSON Lines input; record the 0-based position in a JSON array.
    message is the problem alone; str() gives the one-line message with its location.
    """

    source: str
    line: int | None
    message: str
    record: int | None = None

    @property
    def location(self) -> str:
        """Where the record is: "file.jsonl:7", "file.json[3]" or the file."""
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.record is not None:
            return f"{self.source}[{self.record}]"
        return self.source

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"

    def error(self) -> InputError:
        """The failure as the InputError a single-article reader raises."""
        return InputError(self.location, self.message)

    @classmethod
    def from_error(
        cls, error: InputError, *, source: str, line: int | None = None, record: int | None = None
    ) -> ReadFailure:
        return cls(source=source, line=line, message=error.problem, record=record)
