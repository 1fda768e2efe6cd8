"""Bytes to text: UTF-8 first, then a detected single-byte encoding, else a clear refusal."""

from __future__ import annotations

from faultlines import errors
from faultlines.errors import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def decode(data: bytes) -> str:
    """Decode an article file.

    Windows-1252 and Latin-1 files are common in older news archives; we accept them when
    charset detection is confident, and refuse binary data instead of coding garbage.
    """
    if not data.strip():
        raise InputError(errors.EMPTY)
    sample = data[:65536]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.05:
        raise InputError(errors.BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if (text := _western(data)) is not None:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in {"utf_8", "ascii"} or best.chaos > 0.2:
        raise InputError(errors.UNDECODABLE)
    return str(best)


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
