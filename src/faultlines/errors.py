"""Every message faultlines shows a user about bad input, in one place.

Each says what was expected, what was found, and what to do next.
"""

from __future__ import annotations


class FaultlinesError(Exception):
    """A problem the user can fix; the CLI prints its message on one line, never a traceback."""


class InputError(FaultlinesError):
    """One input (file, row, stream) that cannot be coded; the rest of the run goes on."""


class StoreError(FaultlinesError):
    """The store cannot be opened, read or written (not a DuckDB file, locked, disk full, a
    read-only place); the message names the file and what to do."""


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
TOO_LARGE = ("too large: {size} is more than one article can be (limit {limit}); split it, or "
             "pass a .jsonl/.csv/.parquet table of articles")
VANISHED = "unreadable: {reason}"
NOT_A_FILE = "not a regular file: {what}; only files are read, so it was left alone"
UNREADABLE_DIR = "unreadable directory: {reason}; none of its files were read"
UNEXPECTED = "failed: {kind}: {reason} (a bug: please report it with this input)"
STAGE_FAILED = "stage error: {reason}; nothing of this input was stored, so a rerun codes it again"
CODING_FAILED = "could not be coded: {kind}: {reason}"
FIELD_TYPE = "field '{field}' is {what}, not text; give a string"
ID_TYPE = "field 'id' is {what}; give a string or a whole number"
BAD_PUBLISHED = "bad published date '{value}': {reason}; write the calendar day as YYYY-MM-DD"
RELATIVE_DATE = "a relative date, which only the day it was written could resolve"
NOT_A_DAY = "not a calendar day"
INTERRUPTED = ("interrupted ({how}): {stored} article(s) were stored in {db}; the batch being "
               "coded was rolled back; rerun the same command to go on (what is stored is "
               "skipped)")
INTERRUPTED_NO_STORE = ("interrupted ({how}): {coded} article(s) were coded before it (with "
                        "--no-store nothing is stored)")
ROW_REFUSED = "not stored: the store refused a value of it ({reason})"
BAD_RECORD = "not stored: {what}"
ID_CLASH = ("note: id '{id}' is also the id of {n} other stored article(s); both are kept, and "
            "`faultlines show {id}` lists them by key")
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
STORE_NOT_DUCKDB = ("{db} is not a faultlines store (not a DuckDB database file); give another "
                    "--db, or move the file away")
STORE_DAMAGED = ("the store {db} is damaged ({detail}); restore it from a copy, or code into a new "
                 "file with --db")
STORE_FULL = ("the disk holding the store {db} is full ({detail}); the batch being written was "
              "rolled back, so the store holds whole articles only; free some space and rerun the "
              "same command to go on")
STORE_READ_ONLY = ("the store {db} cannot be written ({detail}); give a --db in a place you can "
                   "write to")
STORE_IS_DIRECTORY = "{db} is a directory, not a store file; give a file name with --db"
STORE_NO_FOLDER = ("no folder for the store {db} ({detail}); create the folder first, or give "
                   "another --db")
SYSTEM = "{file}: {reason}"
STORE_PROBLEM = "the store {db} failed: {detail}"
NO_ARTICLE = "no article with id '{id}' in {db}; `faultlines articles` lists them"
AMBIGUOUS_ID = ("{n} articles in {db} have the id '{id}': {keys}; show one by its key, e.g. "
                "faultlines show {first}")
REPLACED_BYTES = ("note: {n} byte sequence(s) that are not valid {encoding} were replaced with "
                  "U+FFFD; the rest was coded")


def megabytes(size: int) -> str:
    """A size as the messages give it: "12.0 MB" (MB of 2**20 bytes)."""
    return f"{size / 2**20:.1f} MB"
