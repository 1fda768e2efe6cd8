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

from spacy.tokens import Doc, Token

# The marks that open an item of a list as news sites print it.
BULLETS = frozenset("•●▪■◾‣◦")


def sentence_starts(doc: Doc) -> list[int]:
    """The tokens that open a sentence by the text's layout (the module docstring), in order."""
    starts: list[int] = []
    for token in doc:
        if token.is_space:
            continue
        if token.i > 0 and _after_blank_line(doc[token.i - 1]) and not token.is_lower:
            starts.append(token.i)
        if bullet(token) and (token.i == 0 or doc[token.i - 1].whitespace_
                              or doc[token.i - 1].is_space):
            if not starts or starts[-1] != token.i:
                starts.append(token.i)
            if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                starts.append(token.i + 1)
    return [i for i in starts if i > 0]


def bullet(token: Token) -> bool:
    """Is the token a list item's bullet ("•")?"""
    return token.text in BULLETS


def _after_blank_line(previous: Token) -> bool:
    """Does a blank line end at this token (in a space token, or in the one before's spacing)?"""
    spacing = previous.text if previous.is_space else previous.whitespace_
    return spacing.count("\n") >= 2
