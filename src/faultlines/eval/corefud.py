"""A reader for CoNLL-U files with CorefUD coreference (the `Entity=` key of the MISC column).

GUM (../shared/data/coref/gum, see its SOURCE.txt) marks every mention with brackets on its
words: "(ID-etype-...)" opens and closes a one-word mention, "(ID-etype-..." opens one and "ID)"
closes the latest open mention of that entity. Mentions never cross sentences. All mentions
with one ID in a document are one entity. We keep what a coreference score needs: the words and
the characters each occupies in a text rebuilt from them (so that our pipeline can read the same
text), the gold part of speech, and the mentions with their entity and entity type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_BRACKET = re.compile(r"\(([^()]+)\)?|([^()]+)\)")


@dataclass(frozen=True)
class Word:
    form: str
    upos: str
    feats: str
    start: int  # character offsets in Document.text
    end: int
    sentence: int

    @property
    def third_person_pronoun(self) -> bool:
        """A personal or possessive pronoun of the third person ("he", "its", "them"), the kind
        a resolver links back; not "I", "you", "who" or "this"."""
        return self.upos == "PRON" and "Person=3" in self.feats and "PronType=Prs" in self.feats


@dataclass(frozen=True)
class Mention:
    entity: str
    etype: str  # person, organization, place, object, event, abstract, ...
    start: int  # word indices in the document, end exclusive
    end: int


@dataclass
class Document:
    id: str
    words: list[Word] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    text: str = ""

    def char_span(self, mention: Mention) -> tuple[int, int]:
        return self.words[mention.start].start, self.words[mention.end - 1].end


def _misc(column: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in column.split("|") if "=" in part)


def read(path: Path) -> Document:
    """One document: words joined as the text was written (SpaceAfter=No honoured, a blank line
    between paragraphs), and every mention of the `Entity=` brackets."""
    doc = Document(id=path.stem)
    pieces: list[str] = []
    offset = 0
    sentence = -1
    open_: dict[str, list[tuple[int, str]]] = {}
    space_after = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            if pieces:
                pieces.append("\n\n")
                offset += 2
            space_after = False
            continue
        if line.startswith("# sent_id"):
            sentence += 1
            continue
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():  # "3-4" multiword ranges, "26.1" empty nodes
            continue
        if pieces and space_after and not pieces[-1].endswith("\n"):
            pieces.append(" ")
            offset += 1
        misc = _misc(cols[9])
        i = len(doc.words)
        doc.words.append(Word(cols[1], cols[3], cols[5], offset, offset + len(cols[1]), sentence))
        pieces.append(cols[1])
        offset += len(cols[1])
        space_after = misc.get("SpaceAfter") != "No"
        _brackets(misc.get("Entity", ""), i, open_, doc.mentions)
    doc.text = "".join(pieces)
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return doc


def _brackets(value: str, i: int, open_: dict[str, list[tuple[int, str]]],
              out: list[Mention]) -> None:
    for match in _BRACKET.finditer(value):
        if match.group(1) is not None:
            fields = match.group(1).split("-")
            entity, etype = fields[0], fields[1] if len(fields) > 1 else ""
            if match.group(0).endswith(")"):
                out.append(Mention(entity, etype, i, i + 1))
            else:
                open_.setdefault(entity, []).append((i, etype))
        else:
            entity = match.group(2)
            start, etype = open_[entity].pop()
            out.append(Mention(entity, etype, start, i + 1))


def split_of(root: Path) -> dict[str, str]:
    """Document id → train/dev/test/test2, from the corpus's splits.md."""
    split, out = "", {}
    for line in (root / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            split = line[3:].strip()
        elif line.strip().startswith("* "):
            out[line.strip()[2:].strip()] = split
    return out
