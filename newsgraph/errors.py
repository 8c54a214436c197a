"""The exception tree: every message a user can see is raised from here.

    NewsgraphError
    ├── IngestError        an input could not be read as an article (names the file or line)
    ├── ExtractionError    the pipeline failed on one article (names the article id)
    ├── StoreError         the database could not be read or written
    ├── EvaluationError    a benchmark or answer-key file is malformed
    └── ConfigError        a setting is wrong (an unknown model, a bad date)

The library raises; ``newsgraph.cli`` turns each into one line on stderr and an exit code.
A message says what happened, to what, and ends with a ``Tip:`` where there is something to do.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""

    exit_code = 1


class IngestError(NewsgraphError):
    """An input (file, stdin, JSONL line) cannot be turned into an article."""

    def __init__(self, source: str, problem: str, tip: str | None = None) -> None:
        self.source = source
        self.problem = problem
        self.tip = tip
        message = f"{source}: {problem}"
        if tip:
            message += f" Tip: {tip}"
        super().__init__(message)

    def __reduce__(self) -> tuple[type, tuple[str, str, str | None]]:
        # picklable with its own arguments, so a worker process can send it back
        return (self.__class__, (self.source, self.problem, self.tip))


class ExtractionError(NewsgraphError):
    """The pipeline failed on one article."""


class StoreError(NewsgraphError):
    """The database could not be opened, read or written."""


class EvaluationError(NewsgraphError):
    """A gold or benchmark file cannot be read."""


class ConfigError(NewsgraphError):
    """A setting or option has a value newsgraph cannot use."""

    exit_code = 2
