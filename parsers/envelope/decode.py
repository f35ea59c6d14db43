"""bytes -> (text, encoding name): the first step of every conversion.

Schema slice: ``source.encoding`` of the record, one of "utf-8", "cp1252", "latin-1", "utf-16".

EDGAR text is mostly ASCII; pre-2005 filings carry Windows smart quotes (0x93/0x94, cp1252),
a few carry bytes cp1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) and read as latin-1
(each such byte alone: the cp1252 quotes around it stay quotes). A submission assembled from
documents of several origins may be UTF-8 with a few stray cp1252 bytes: when valid UTF-8
sequences outnumber the stray bytes, each part is read in its own encoding (reported "cp1252");
so is a cp1252 submission holding a UTF-8 dash, quote or bullet (one UTF-8 exhibit among them).
A UTF-16 file saved without its BOM (NUL high bytes in 3 of 4 code units of its head, few
NUL low bytes) is read as UTF-16 too. A UTF-8 file (holding a character of several bytes) cut
short inside its last character
(or a UTF-16 file inside its last code unit) drops that fragment and stays "utf-8"
("utf-16"). Line ends come as LF, CRLF, CR CR LF (CRLF converted twice), or lone CR (some
.nc feed files); all become LF. A PEM-wrapped submission's escape of lines opening with "-"
("- ------", RFC 934) is undone, so each line reads as filed.

    >>> decode_bytes(b"\\xef\\xbb\\xbfFORM 8-K\\r\\n")
    ('FORM 8-K\\n', 'utf-8')
    >>> decode_bytes(b"\\x93Quoted\\x94\\r")
    ('\\u201cQuoted\\u201d\\n', 'cp1252')

Raises ``EmptyInputError`` (nothing but whitespace) and ``BinaryInputError`` (a known binary
magic at the start, or NUL bytes in the first 8 KB among control bytes making more than 1% of
it). A few stray NULs in text, padding some word processors and conversions left in 1990s
filings, are dropped: a NUL is never a character of a filing. Every step is one C-level pass.
"""

from __future__ import annotations

import codecs

from ..errors import BinaryInputError, EmptyInputError
from ..lazy_re import lazy

_BOM_UTF8 = b"\xef\xbb\xbf"
_BOM_UTF16 = (b"\xff\xfe", b"\xfe\xff")

# Magic prefixes of binary files that end up in filing folders; (prefix, reason).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "binary file (PDF)"),
    (b"\x89PNG", "binary file (PNG)"),
    (b"\xff\xd8\xff", "binary file (JPEG)"),
    (b"GIF87a", "binary file (GIF)"),
    (b"GIF89a", "binary file (GIF)"),
    (b"PK\x03\x04", "binary file (ZIP)"),
    (b"PK\x05\x06", "binary file (ZIP)"),
    (b"\x1f\x8b", "binary file (GZIP)"),
    (b"BZh", "binary file (BZIP2)"),
    (b"\xfd7zXZ\x00", "binary file (XZ)"),
    (b"7z\xbc\xaf\x27\x1c", "binary file (7Z)"),
    (b"Rar!\x1a\x07", "binary file (RAR)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "binary file (OLE)"),
    (b"\x7fELF", "binary file (ELF)"),
    (b"II*\x00", "binary file (TIFF)"),
    (b"MM\x00*", "binary file (TIFF)"),
)

_SNIFF = 8192
# C0 control bytes text never holds (tab, LF, VT, FF, CR, Ctrl-Z and ESC left out); with a NUL
# among them, more than 1 in 100 of the head is binary data (random data has ~1 in 10).
_CONTROLS = bytes([*range(0x09), *range(0x0E, 0x1A), *range(0x1C, 0x20), 0x7F])
# the same control characters, for str.translate to delete from decoded text
_TEXT_CONTROLS = dict.fromkeys(_CONTROLS)
_STRAY_CONTROLS = 100
_PEM_BEGIN = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
# UTF-8 punctuation (U+2010-U+2027 dashes, quotes, bullets, ellipsis; U+2030-U+203A; "™")
_UTF8_PUNCTUATION = lazy("[\u2010-\u2027\u2030-\u203a\u2122]")


def _as_latin1(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


def _as_cp1252(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("cp1252", "f2j-latin1"), err.end


codecs.register_error("f2j-latin1", _as_latin1)
codecs.register_error("f2j-cp1252", _as_cp1252)


def _mostly_utf8(data: bytes) -> bool:
    """Do valid UTF-8 characters outnumber the bytes UTF-8 cannot read, or is one of them a
    dash, quote, bullet or "™" (three bytes cp1252 text never holds: "â€”"), so a UTF-8
    document sits among cp1252 ones? (C-level passes)"""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd")
    if len(text) - len(text.encode("ascii", "ignore")) - stray > stray:
        return True
    return _UTF8_PUNCTUATION.search(text) is not None


def _cut_utf8(data: bytes, err: UnicodeDecodeError) -> bool:
    """Is the first byte UTF-8 cannot read the start of a character the end of the input cut?

    All before it is then valid UTF-8. After pure ASCII the last bytes may as well be cp1252
    letters ending the file ("caf\xe9", "Touch\xe9\xae" = "Touché®"), so the cut counts
    only after a UTF-8 character of several bytes (evidence the file is UTF-8).
    """
    if err.reason != "unexpected end of data" or err.end != len(data):
        return False
    return not data[: err.start].isascii()


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" where a file saved as UTF-16 without its BOM (some Windows
    tools) shows it: 3 in 4 high bytes of the head's code units NUL, hardly a low byte."""
    head = data[:_SNIFF & ~1]
    half = len(head) // 2
    if half < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd * 4 >= half * 3 and even * 10 < half:
        codec = "utf-16-le"
    elif even * 4 >= half * 3 and odd * 10 < half:
        codec = "utf-16-be"
    else:
        return None
    # ... and reads as text: an array of small 16-bit numbers has the same NULs
    sample = head.decode(codec, errors="replace")
    controls = len(sample) - len(sample.translate(_TEXT_CONTROLS))
    return codec if controls * 20 < len(sample) else None


_MAGIC_PREFIXES = tuple(magic for magic, _reason in _MAGIC)


def _check_magic(data: bytes) -> None:
    head = data[:1024].lstrip()
    if not head.startswith(_MAGIC_PREFIXES):  # (one C call for the text every filing is)
        return
    for magic, reason in _MAGIC:
        if head.startswith(magic):
            raise BinaryInputError(reason)


def _check_binary(data: bytes) -> None:
    head = data[:_SNIFF]
    if b"\x00" in head:
        controls = len(head) - len(head.translate(None, _CONTROLS))
        if controls * _STRAY_CONTROLS > len(head):
            raise BinaryInputError("binary file")


def _normalise_newlines(text: str) -> str:
    if "\r" in text:
        # CR CR LF is one line end a second CRLF conversion doubled (a blank line is CRLF
        # CRLF): read as two, every line of the filing would stand alone between blank lines
        if "\r\r\n" in text:
            text = text.replace("\r\r\n", "\n")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _unescape_pem(text: str) -> str:
    """A PEM-wrapped submission (1993 to the 2000s) escaped every line opening with "-" by
    "- " (RFC 934): "- ------" rules, "- -2-" page numbers. The escape goes, each line is
    as filed (its columns too)."""
    if not text[:256].lstrip().startswith(_PEM_BEGIN):
        return text
    # (C-level split and join: a fifth cheaper than a regex sub, which walks each character
    # in sre; str.replace counts the matches in a pass of its own first)
    parts = text.split("\n- -")
    return "\n-".join(parts) if len(parts) > 1 else text


def _utf16(data: bytes, codec: str) -> tuple[str, str]:
    try:  # (a file cut short may end in half a code unit)
        text = data[: len(data) & ~1].decode(codec)
    except UnicodeDecodeError:
        raise BinaryInputError("binary file") from None
    if not text.strip():
        raise EmptyInputError("empty file")
    return _normalise_newlines(text), "utf-16"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw bytes of a filing; return (text with LF line ends, encoding name)."""
    if data.startswith(_BOM_UTF8):
        data = data[3:]
    elif data.startswith(_BOM_UTF16):
        return _utf16(data, "utf-16")
    # Cheap first look; only a whitespace-looking head pays for the full strip.
    if not data[:_SNIFF].strip() and not data.strip():
        raise EmptyInputError("empty file")
    _check_magic(data)
    if data[:2].count(0) == 1 and (codec := _bomless_utf16(data)):
        return _utf16(data, codec)
    _check_binary(data)
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _cut_utf8(data, err):  # a UTF-8 file cut short inside its last character
            text, encoding = data[: err.start].decode("utf-8"), "utf-8"
        elif _mostly_utf8(data):
            text, encoding = data.decode("utf-8", "f2j-cp1252"), "cp1252"
        else:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D: undefined in cp1252
                text, encoding = data.decode("cp1252", "f2j-latin1"), "latin-1"
    return _unescape_pem(_normalise_newlines(text)), encoding
