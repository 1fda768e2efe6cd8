"""Export writers, one module per format, found through one registry.

Each module has `name`, `description` and `write(store, dest) -> list[Path]`. `dest` is a file
for one-file formats and a directory for per-table ones. An unknown name lists those available.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from faultlines import errors
from faultlines.errors import FaultlinesError

# name -> module; the module is imported only when its format is asked for
WRITERS: dict[str, str] = {
    "jsonl": "faultlines.store.export.jsonl",
    "csv": "faultlines.store.export.tables",
    "parquet": "faultlines.store.export.tables",
    "graphml": "faultlines.store.export.graphml",
    "plover": "faultlines.store.export.plover",
    "gdelt": "faultlines.store.export.gdelt",
}


def writer(name: str) -> ModuleType:
    if name not in WRITERS:
        raise FaultlinesError(errors.UNKNOWN_FORMAT.format(name=name, known=", ".join(WRITERS)))
    return importlib.import_module(WRITERS[name])


def export(store, name: str, dest: str | Path) -> list[Path]:
    """Write the store in format `name` to `dest`; RETURNS the files written."""
    module = writer(name)
    return module.write(store, Path(dest), name)
