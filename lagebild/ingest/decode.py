"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy
single-byte encoding (cp1252, latin-1) when the bytes are clearly not UTF-8."""
from __future__ import annotations

import codecs
import re

from ..errors import E_BINARY, E_EMPTY, E_ENCODING, InputError

# C0 controls other than tab/newline/CR/formfeed: a strong sign of binary data.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# A valid UTF-8 multi-byte sequence (for spotting mixed encodings).
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# cp1252 leaves these undefined; latin-1 maps them to C1 controls.
_CP1252_UNDEFINED = set(b"\x81\x8d\x8f\x90\x9d")


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if not head:
        return False
    return len(_CONTROL.findall(head)) / len(head) > 0.01


def decode_text(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise :class:`InputError` with a clear reason."""
    if not data.strip():
        raise InputError(E_EMPTY, "empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise InputError(E_ENCODING, f"invalid {enc} after byte-order mark at byte {e.start}") from None
    if looks_binary(data):
        raise InputError(E_BINARY, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e.start
    if _UTF8_MULTI.search(data):
        raise InputError(
            E_ENCODING,
            f"invalid UTF-8 at byte {first_bad} (mixed with valid UTF-8, so no single encoding fits)",
        )
    if not (_CP1252_UNDEFINED & set(data)):
        return data.decode("cp1252"), "cp1252"
    text = data.decode("latin-1")
    if re.search(r"[\x80-\x9f]", text):
        raise InputError(E_ENCODING, f"invalid UTF-8 at byte {first_bad} and not cp1252/latin-1 text")
    return text, "latin-1"
