"""The <DOCUMENT> blocks of a submission -> ``Document`` objects (the record's ``documents``).

Each block looks like::

    <DOCUMENT>
    <TYPE>EX-99.1
    <SEQUENCE>2
    <FILENAME>a8-kex991q1202412302023.htm
    <DESCRIPTION>EX-99.1
    <TEXT>
    ...body...
    </TEXT>
    </DOCUMENT>

and becomes ``{"sequence": 2, "type": "EX-99.1", "filename": "a8-kex991q1202412302023.htm",
"description": "EX-99.1", "bytes": 61234, "format": "html"}`` with the raw body kept on the
object. ``format`` is decided from the first 2 KB and the file name only, so uuencoded images
and 100 MB zip archives are never scanned:

    "uuencoded"  ``begin 644 name`` (also inside a ``<PDF>`` wrapper)
    "pdf"        ``<PDF>`` / ``%PDF`` bodies, ``.pdf`` names
    "binary"     .jpg .gif .zip .xlsx ... that are not uuencoded
    "xbrl"       ``<XBRL>``/``<XML>``-wrapped XML, EX-101.* exhibits, .xml/.xsd names
    "html"       HTML bodies, including iXBRL primary documents wrapped in ``<XBRL>``
    "text"       everything else

Splitting walks the input with ``str.find``: metadata lines, ``<TEXT>``, then a jump to
``</TEXT>``; a body that lost its ``</TEXT>`` ends at the next ``<DOCUMENT>`` line, or (the
last one, truncated) at the end of the input.
"""

from __future__ import annotations

import re
from itertools import islice

from ..lazy_re import lazy
from ..model import BINARY, HTML, PDF, TEXT, UUENCODED, XBRL, Document

_META_WINDOW = 16384  # metadata lines between <DOCUMENT> and <TEXT> are short
_HEAD = 2048

_META = lazy(r"^[ \t]*<([A-Za-z][A-Za-z0-9-]*)>[ \t]*([^\n]*)", re.M)
_UUBEGIN = lazy(r"begin[ \t]+[0-7]{3,4}[ \t]+\S")
_WRAPPER = lazy(r"<(XBRL|XML)>\s*", re.I)
# Prologue that may precede the root element: XML declaration, doctype, comments.
_PROLOGUE = lazy(r"(?:\s+|<\?[^>]{0,500}\?>|<!--.{0,2000}?-->|<!DOCTYPE[^>]{0,1000}>)", re.S)
_HTML_START = lazy(r"<(?:html|head|body|title|meta)\b", re.I)
_HTML_OPEN = lazy(r"<(?:div|p|font|br|table|center|span|b|i|a|h[1-6])\b[^>\n]{0,500}>", re.I)
# Tags EDGAR's text markup (<PAGE>, <TABLE>, <CAPTION>, <S>, <C>, <FN>, <R>) never uses: a
# head holding three is HTML though it closes none (HTML 3.2's <P> and <BR> need no end tag)
_HTML_ONLY = lazy(r"<(?:p|br|div|font|tr|td|center|hr|img)\b[^>\n]{0,500}>", re.I)
_HTML_ONLY_MIN = 3
_ANY_TAG = lazy(r"<[A-Za-z!/]")
_HTML_CLOSE = lazy(r"</(?:div|p|font|center|span|td|b|i|a|h[1-6])>", re.I)
# Closing lines a truncated body may still carry at its end.
_TRAILERS = (
    "</TEXT>",
    "</DOCUMENT>",
    "</SEC-DOCUMENT>",
    "</IMS-DOCUMENT>",
    "</SUBMISSION>",
    "-----END PRIVACY-ENHANCED MESSAGE-----",
)

_BINARY_EXT = frozenset(
    ".jpg .jpeg .gif .png .bmp .tif .tiff .ico .webp .zip .gz .tgz .7z .rar .xls .xlsx "
    ".xlsm .doc .docx .ppt .pptx .exe .bin .mp3 .mp4 .wav .avi .mov".split()
)
_HTML_EXT = frozenset({".htm", ".html", ".xhtml"})
_XML_EXT = frozenset({".xml", ".xsd"})


def _ext(filename: str | None) -> str:
    if not filename:
        return ""
    dot = filename.rfind(".")
    return filename[dot:].lower().strip() if dot >= 0 else ""


def _skip_prologue(head: str) -> str:
    pos = 0
    while True:
        m = _PROLOGUE.match(head, pos)
        if not m or m.end() == pos:
            return head[pos:]
        pos = m.end()


def looks_html(head: str) -> bool:
    """Does this start of a body (or whole input) open with HTML markup?

    Plain EDGAR text may open with <PAGE> or <TABLE> but never holds </p> or </font>, nor
    the <P> and <BR> of HTML 3.2, which closes neither.
    """
    start = _skip_prologue(head)
    if not start.startswith("<"):
        return False
    if _HTML_START.match(start) or _HTML_START.search(start):
        return True
    if _HTML_OPEN.search(start) and _HTML_CLOSE.search(start):
        return True
    return len(list(islice(_HTML_ONLY.finditer(start), _HTML_ONLY_MIN))) == _HTML_ONLY_MIN


def detect_format(doc_type: str | None, filename: str | None, body: str) -> str:
    """The SPEC `format` of a document, from its type, file name and first 2 KB."""
    head = body[: _HEAD * 4].lstrip()[:_HEAD]
    ext = _ext(filename)
    if head[:5].upper() == "<PDF>":
        return UUENCODED if _UUBEGIN.match(head[5:].lstrip()) else PDF
    if _UUBEGIN.match(head):
        return UUENCODED
    if head.startswith("%PDF") or ext == ".pdf":
        return PDF
    if ext in _BINARY_EXT:
        return BINARY
    wrapped = _WRAPPER.match(head)
    if wrapped:
        inner = head[wrapped.end() :]
        if ext in _HTML_EXT or _HTML_START.match(_skip_prologue(inner)):
            return HTML
        return XBRL
    if ext in _XML_EXT or (doc_type or "").upper().startswith("EX-101"):
        return XBRL
    if looks_html(head) or (ext in _HTML_EXT and _ANY_TAG.search(head)):
        return HTML
    return TEXT  # (a ".htm" body with no markup at all is plain text: its lines are layout)


def body_bytes(body: str) -> int:
    """Size of the body in UTF-8 bytes, without encoding pure-ASCII bodies."""
    return len(body) if body.isascii() else len(body.encode("utf-8", "surrogatepass"))


def _strip_trailers(body: str) -> str:
    """Drop closing tags left at the end of a body whose </TEXT> is missing."""
    tail_start = max(0, len(body) - 8192)
    cut = body[tail_start:].rstrip()
    removed = False
    while True:
        for closer in _TRAILERS:
            if cut.endswith(closer):
                cut = cut[: -len(closer)].rstrip()
                removed = True
                break
        else:
            break
    return body[: tail_start + len(cut)] if removed else body


def _meta(region: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in _META.findall(region):
        out.setdefault(name.upper(), value.strip())
    return out


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    # (ASCII digits only: "\u00b2" is a digit int() refuses; and no 5,000-digit numbers)
    return int(value) if value.isdigit() and value.isascii() and len(value) <= 9 else None


def make_document(meta: dict[str, str], body: str) -> Document:
    doc_type = meta.get("TYPE") or None
    filename = meta.get("FILENAME") or None
    return Document(
        sequence=_int(meta.get("SEQUENCE")),
        type=doc_type,
        filename=filename,
        description=meta.get("DESCRIPTION") or None,
        format=detect_format(doc_type, filename, body),
        body=body,
        bytes=body_bytes(body),
    )


def _first(text: str, needles: tuple[str, ...], start: int, end: int) -> tuple[int, str]:
    """The needle found first in text[start:end], and where (-1 and "" for none); each needle
    after a find is looked for only before it (thousands of empty "<DOCUMENT>" lines each
    searched the whole window for the tags they lack: 440 KB took 3 s)."""
    best, which = -1, ""
    for needle in needles:
        # (a needle after a find must start before it: its whole match ends by then)
        i = text.find(needle, start, end if best < 0 else min(end, best + len(needle) - 1))
        if i >= 0:
            best, which = i, needle
    return best, which


_TAGS = ("<DOCUMENT>", "<TEXT>", "</TEXT>", "</DOCUMENT>")
_TAGS_LOWER = tuple(tag.lower() for tag in _TAGS)
# A body's end, "</TEXT>" or (lost) the next "<DOCUMENT>", found in one regex scan led by "<"
# rather than two `str.find`s over the body: over a 1 MB HTML exhibit 0.5 ms against 0.8
# (`find` is slow for a needle ending in ">", which HTML is full of)
_DOC_LINE = {"</TEXT>": "\n<DOCUMENT>", "</text>": "\n<document>"}


def _body_end(text: str, body_start: int, text_end: str) -> tuple[int, int]:
    """(the first `text_end` from `body_start` or -1, the first document line before it or
    -1), as `find(text_end)` then `find("\n" + doc_tag)` below it would give them; the
    first is -2 (not looked for) when a document line comes first.

    Two `str.find`s, the document line's first so that the end tag's is bounded by it (a
    submission whose documents lack the end tag stays linear): a regex for either tag stops
    at every "<" of an HTML body (three times the instructions)."""
    doc = text.find(_DOC_LINE[text_end], body_start)
    end = text.find(text_end, body_start, len(text) if doc < 0 else doc + 1)
    if end >= 0:
        return end, -1
    return (-2, doc) if doc >= 0 else (-1, -1)


def _next_text_block(text: str, pos: int, text_tag: str) -> int:
    """Where the body of a <TEXT> block right after `pos` (blank lines between) starts, or -1."""
    at = text.find(text_tag, pos, pos + 64)
    return at + 6 if at >= 0 and not text[pos:at].strip() else -1


def split_documents(text: str, start: int = 0) -> list[Document]:
    """Every <DOCUMENT> block from `start` on, in input order."""
    docs: list[Document] = []
    n = len(text)
    pos = start
    k = -2  # the next </TEXT> (-1: none left), kept while bodies that lost theirs pass it
    cut_short = False
    # (a submission some tool lowercased prints "<document>" and "<text>": one spelling each)
    doc_tag, text_tag, text_end, doc_end = _TAGS_LOWER if "<DOCUMENT>" not in text \
        and "<document>" in text else _TAGS
    doc_line = "\n" + doc_tag
    while pos < n:
        i = text.find(doc_tag, pos)
        if i < 0:
            break
        if i > 0 and text[i - 1] not in "\n \t":  # only a tag that opens a line
            pos = i + 10
            continue
        meta_start = i + 10
        window_end = min(n, meta_start + _META_WINDOW)
        j, which = _first(text, (doc_line, text_tag, doc_end), meta_start, window_end)
        if which == text_tag:
            meta = _meta(text[meta_start:j])
            body_start = j + 6
            # a </TEXT> past the next <DOCUMENT> line is that document's: this one lost its own
            if k != -1 and k < body_start:
                k, nxt = _body_end(text, body_start, text_end)
            else:
                nxt = text.find(doc_line, body_start, n if k < 0 else k)
            if nxt >= 0:
                body = _strip_trailers(text[body_start:nxt])
                pos = nxt + 1
            elif k < 0:  # truncated: the body runs to the end of the input
                body = _strip_trailers(text[body_start:])
                cut_short = len(body) == n - body_start  # not even a closing tag after it
                pos = n
            else:
                body = text[body_start:k]
                pos = k + 7
                while (more := _next_text_block(text, pos, text_tag)) > 0:
                    # a second <TEXT> block of the document (1990s filings split long bodies)
                    k = text.find(text_end, more)
                    if k < 0 or text.find(doc_line, more, k) >= 0:
                        k = -2  # (lost its </TEXT>: left for the next document's search)
                        break
                    body += text[more:k]
                    pos = k + 7
        else:  # a document without <TEXT>: metadata only
            end = j if j >= 0 else window_end
            meta = _meta(text[meta_start:end])
            body = ""
            pos = end + 1 if j >= 0 else window_end
        docs.append(make_document(meta, body))
        if cut_short:
            docs[-1].cut_short, cut_short = True, False
    return docs
