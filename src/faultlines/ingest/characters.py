"""Characters that change how a story is read but not what it says, normalised before coding.

- Invisible format characters inside words (zero-width space, word joiner, soft hyphen, a
  byte-order mark in mid-text, directional marks) split "Russia" into two tokens that no
  knowledge-base name matches: the same story then codes no events and no quotes. They are
  removed. Zero-width joiners and non-joiners are kept between letters of scripts that spell
  with them (Persian, Devanagari, emoji sequences) and removed next to Latin letters.
- Control characters (NUL, bell, escape, ...) carry nothing a reader sees, and break XML
  exports downstream; each becomes a space, so that the words on either side stay apart.
  Line and paragraph separators become a line break, as the cleaner reads lines.
- Lone surrogates (from a JSON "\\ud800" escape) are not text and cannot be stored: each
  becomes U+FFFD, the replacement character.
- Spaces and hyphens that only forbid a line break (no-break space, narrow and figure spaces,
  the typographer's fixed-width spaces; the non-breaking hyphen of "Al\u2011Aqsa") read as the
  plain space and hyphen: a name keeps the no-break space into the output ("Shehbaz\u00a0
  Sharif"), and "Al\u2011Aqsa" matches no name written "Al-Aqsa". Each is one character for
  one, so no offset moves.

Offsets always refer to the text after this step (it runs first in cleaning).
"""

from __future__ import annotations

import re

_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
             "\u2066\u2067\u2068\u2069\u180e"
_JOINERS = "\u200c\u200d"
_CONTROL = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0b, *range(0x0e, 0x20), 0x7f,
                                    *range(0x80, 0x85), *range(0x86, 0xa0)))
_LINE_BREAKS = "\u0085\u2028\u2029\x0c"

_PLAIN = str.maketrans({**{c: " " for c in "\u00a0\u2007\u202f\u205f\u3000"},
                        **{chr(c): " " for c in range(0x2000, 0x200b)},
                        "\u2010": "-", "\u2011": "-"})
_ANY = re.compile(f"[{_INVISIBLE}{_JOINERS}{_CONTROL}{_LINE_BREAKS}\ud800-\udfff"
                  f"{''.join(chr(c) for c in _PLAIN)}]")
_REMOVE = re.compile(f"[{_INVISIBLE}]")
_LATIN = "A-Za-z\u00c0-\u024f"
_LATIN_JOINER = re.compile(f"(?<=[{_LATIN}])[{_JOINERS}]+|[{_JOINERS}]+(?=[{_LATIN}])")
_CONTROLS = re.compile(f"[{_CONTROL}]")
_BREAKS = re.compile(f"[{_LINE_BREAKS}]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_characters(text: str) -> str:
    """The text with invisible characters removed, control characters made spaces, lone
    surrogates replaced and no-break spaces and hyphens made plain; a text without any of them
    is returned as it is (the usual case)."""
    if not _ANY.search(text):
        return text
    text = _SURROGATE.sub("\ufffd", text)
    text = _LATIN_JOINER.sub("", _REMOVE.sub("", text))
    return _CONTROLS.sub(" ", _BREAKS.sub("\n", text)).translate(_PLAIN)
