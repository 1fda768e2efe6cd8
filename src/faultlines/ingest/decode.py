"""Bytes to text: a byte-order mark first, then UTF-8, then a detected single-byte encoding,
else a clear refusal.

UTF-8 with a few broken bytes (a truncated copy, one pasted Windows character) is decoded as
UTF-8 with U+FFFD for each broken sequence, and the caller is told how many: decoding the whole
file as Windows-1252 instead turned every curly apostrophe into "â€™".
"""

from __future__ import annotations

import codecs

from faultlines import errors
from faultlines.errors import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> str:
    """Decode an article file (see `decode_noted`, whose note this drops)."""
    return decode_noted(data)[0]


def decode_noted(data: bytes) -> tuple[str, str | None]:
    """Decode an article file.

    Windows-1252 and Latin-1 files are common in older news archives; we accept them when
    charset detection is confident, and refuse binary data instead of coding garbage.
    RETURNS (str, str | None): the text, and a note for the user when bytes were replaced.
    """
    if not data.strip():
        raise InputError(errors.EMPTY)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _replacing(data, encoding)
    sample = data[:65536]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.05:
        raise InputError(errors.BINARY)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if (text := _mostly_utf8(data)) is not None:
        return text
    if (text := _western(data)) is not None:
        return text, None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in {"utf_8", "ascii"} or best.chaos > 0.2:
        raise InputError(errors.UNDECODABLE)
    return str(best), None


def _replacing(data: bytes, encoding: str) -> tuple[str, str | None]:
    text = data.decode(encoding, errors="replace")
    if not text.strip():
        raise InputError(errors.EMPTY)
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    return text, errors.REPLACED_BYTES.format(n=bad, encoding=encoding) if bad else None


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with U+FFFD for broken bytes, when its well-formed multi-byte characters are at
    least as many as its broken sequences; None when the file reads as another encoding."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    bad = replaced - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ch >= "\x80") - replaced
    if good < bad:
        return None
    return text, errors.REPLACED_BYTES.format(n=bad, encoding="UTF-8")


def _western(data: bytes) -> str | None:
    """Windows-1252 for mostly-ASCII text with a few accented letters or curly quotes.

    Statistical detection misjudges such short texts (a handful of high bytes is too little
    evidence), while Windows-1252 is by far the most common legacy encoding of English news.
    """
    high = sum(b >= 0x80 for b in data)
    if high > len(data) * 0.2:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
        return None
    odd = sum(1 for ch in text if ord(ch) >= 0x80 and not (ch.isalpha() or ch in "€‚„…†‡ˆ‰‹›‘’“”•–—˜™ ¡¢£¤¥¦§¨©ª«¬­®¯°±²³´µ¶·¸¹º»¼½¾¿×÷"))
    return text if odd == 0 else None
