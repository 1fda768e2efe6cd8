"""Every stored article as one OUTPUT.md ARTICLE document per line."""

from __future__ import annotations

from pathlib import Path

name = "jsonl"
description = "one ARTICLE document (OUTPUT.md) per line"


def write(store, dest: Path, fmt: str = "jsonl") -> list[Path]:
    if dest.is_dir():
        dest = dest / "articles.jsonl"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8") as out:
        for row in store.con.execute("SELECT document FROM articles ORDER BY id").fetchall():
            out.write(row[0])
            out.write("\n")
    return [dest]
