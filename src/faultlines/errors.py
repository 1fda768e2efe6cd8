"""Every message faultlines shows a user about bad input, in one place.

Each says what was expected, what was found, and what to do next.
"""

from __future__ import annotations


class FaultlinesError(Exception):
    """A problem the user can fix; the CLI prints its message on one line, never a traceback."""


class InputError(FaultlinesError):
    """One input (file, row, stream) that cannot be coded; the rest of the run goes on."""


class DataFileError(FaultlinesError):
    """A data file of the package (knowledge base, lexicon, cues, patterns, gazetteer data, word
    classes) is wrong: "countries.yaml, ARM: alias 'Armenia' already used by countries.yaml AZE
    (format: src/faultlines/actors/kb/README.md)". Raised by datafiles.Source for every file."""

    @classmethod
    def at(cls, file: str, entry: str | None, problem: str,
           format_doc: str | None = None) -> DataFileError:
        """The error for one entry of one file (no entry: the file as a whole)."""
        where = f"{file}, {entry}" if entry else file
        return cls(f"{where}: {problem}" + (f" (format: {format_doc})" if format_doc else ""))


# The names the knowledge-base and gazetteer readers raised before there was one loader.
KBError = DataFileError


EMPTY = "empty: the file holds no text"
BINARY = "binary: not text (NUL bytes or control characters); pass .txt, .html, .jsonl, .csv or .parquet"
UNDECODABLE = "undecodable: the bytes are neither UTF-8 nor a recognisable single-byte encoding"
TOO_LARGE = ("too large: {size:.1f} MB is more than one article can be (limit {limit:.0f} MB); "
             "split it, or pass a .jsonl/.csv/.parquet table of articles")
VANISHED = "unreadable: {reason}"
NO_TEXT = "no text: the row has neither 'text' nor 'html'"
NO_STORY = "no story: nothing is left after removing boilerplate"
UNKNOWN_SUFFIX = "unsupported file type '{suffix}'; supported: {known}"
MISSING_PATH = "no such file or directory: {path}"
BAD_DATE = "bad date '{value}': expected YYYY-MM-DD"
NO_SUCH_DAY = "bad date '{value}': {reason}"
BAD_TABLE = "unreadable table: {reason}"
MISSING_EXTRA = "{what} needs the optional dependency '{package}': pip install 'faultlines[{extra}]'"
UNKNOWN_SUITE = "unknown evaluation suite '{name}'; available: {known}"
SUITE_OPTION = "the suite '{name}' has no --{option}; drop it (only the news suite takes it)"
UNKNOWN_FORMAT = "unknown format '{name}'; available: {known}"
STORE_BUSY = ("the store {db} is open for writing by another faultlines process (a DuckDB file has "
              "one writer); wait for it to finish, or read a copy of the file")
STORE_READ_BUSY = ("the store {db} is open for reading by another process (such as `faultlines "
                   "serve`), and a DuckDB file takes no writer while others read it; stop the "
                   "readers, or write to another file with --db")
STORE_BEING_WRITTEN = ("the store {db} has been open for writing by another process (such as "
                       "`faultlines code`) since this server started; its pages appear a few "
                       "seconds after the writer closes it")
OPEN_TO_NETWORK = ("faultlines: warning: serving on {host}, beyond this machine, with no "
                   "authentication: anyone who can reach {host}:{port} reads the whole store")
NO_STORE = "no store at {db}; code articles into it first: faultlines code PATH --db {db}"
NO_ARTICLE = "no article with id '{id}' in {db}; `faultlines articles` lists them"
COREF_ENTRY = "{file}, {entry}: {problem} (format: src/faultlines/coref/README.md)"
