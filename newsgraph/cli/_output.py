"""Output files and folders of the commands (-o): made ready with one clear error, never over a database."""

from __future__ import annotations

from pathlib import Path

from newsgraph.errors import ConfigError

SQLITE_HEADER = b"SQLite format 3\x00"


def prepare_output(path: str | Path, folder: bool = False) -> Path:
    """``path`` ready to be written: its folder (or, with ``folder``, itself) made; ConfigError when that
    cannot be done, or when ``path`` is an SQLite database, which writing over would destroy."""
    target = Path(path)
    if is_database(target):
        raise ConfigError(f"{path} is an SQLite database: writing the output over it would destroy it. "
                          "Tip: name another file with -o.")
    if folder and target.exists() and not target.is_dir():
        raise ConfigError(f"{path} is a file, not a folder. Tip: name a folder for the output with -o.")
    if not folder and target.is_dir():
        raise ConfigError(f"{path} is a folder. Tip: name a file for the output with -o.")
    try:
        (target if folder else target.parent).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ConfigError(f"{path}: cannot create its folder ({e.strerror}).") from e
    return target


def output_error(path: str | Path, error: OSError) -> ConfigError:
    """The error for an output that could not be written (permissions, a full disk, a link loop)."""
    return ConfigError(f"{path}: cannot be written ({error.strerror or error}).")


def is_database(path: Path) -> bool:
    """True when ``path`` is a file that starts as every SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:  # missing, a folder, unreadable: not a database this command could destroy
        return False
