"""Where the layout of a story ends a sentence that its punctuation does not.

spaCy's parser splits sentences from the words and their punctuation, and a line with no full
stop runs on into the next: a Dawn story opens with summary lines, each after a bullet and none
with a full stop ("• UN, EU, Egypt and Qatar condemn Tel Aviv's move"), and the parser read
them as one sentence with the dateline paragraph after them ("... probe against Trump\\n\\n
BEIJING: China increased ...": "Trump BEIJING" one name, the recipient of the senators'
request), and took a bullet for a word of the name after it ("• Torch", an organisation).
So, before the parser (the dateline stage writes them), a sentence starts:

- at the first word of a paragraph (after a blank line): a paragraph never continues a
  sentence of the one before, whether or not that one ended with a full stop. An in-body
  heading ("Scholz rebukes Vance\\n\\nAt the conference, ...") or a list item ran into the
  paragraph after it and lent it its words ("Vance At the conference" read as one clause).
  Only a paragraph that opens in lower case ("... a de-escalation and\\n\\nceasefire, so far
  in vain.") continues the sentence before it: the blank line was put there by the page's
  markup, not by its writer, and the parser decides as it does for any line;
- at a bullet that opens a line or follows a space, and again at the word after it: the
  bullet is a sentence of its own, a mark, so that no name takes it in and the line after it
  parses as it would alone. Several bullets in one paragraph ("• A • B") are split the same.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

# The marks that open an item of a list as news sites print it.
BULLETS = frozenset("•●▪■◾‣◦")


def sentence_starts(doc: Doc) -> list[int]:
    """The tokens that open a sentence by the text's layout (the module docstring), in order.

    Only space tokens (where a blank line can be) and bullets are looked at, found in the
    Doc's arrays rather than token by token: this runs on every token of every story."""
    if not len(doc):
        return []
    found = doc.to_array([IS_SPACE, ORTH])
    spaces, orths = found[:, 0], found[:, 1]
    starts: set[int] = set()
    for s in numpy.flatnonzero(spaces):
        i = int(s) + 1
        if i < len(doc) and not spaces[i] and doc[int(s)].text.count("\n") >= 2 \
                and not doc[i].is_lower:
            starts.add(i)
    for b in numpy.flatnonzero(numpy.isin(orths, _bullet_ids(doc.vocab))):
        i = int(b)
        if i == 0 or doc[i - 1].whitespace_ or spaces[i - 1]:
            starts.add(i)
            if i + 1 < len(doc) and not spaces[i + 1]:
                starts.add(i + 1)
    return sorted(i for i in starts if i > 0)


@functools.lru_cache(maxsize=4)
def _bullet_ids(vocab: Vocab) -> numpy.ndarray:
    return numpy.array([vocab.strings.add(mark) for mark in BULLETS], dtype=numpy.uint64)


def bullet(token: Token) -> bool:
    """Is the token a list item's bullet ("•")?"""
    return token.text in BULLETS
