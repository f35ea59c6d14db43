"""text -> Envelope: which of the four shapes the input is, its header and its documents.

Schema slice: ``shape``, ``header`` and ``documents`` of the record. Shapes:

    "submission"  EDGAR complete submission text: <SEC-DOCUMENT>/<SEC-HEADER> (or the
                  1993-95 <IMS-DOCUMENT>/<IMS-HEADER>), PEM-wrapped or not
    "feed"        the <SUBMISSION> dissemination format (.nc files), PEM-wrapped or not
    "document"    no header: lone <DOCUMENT> blocks, bare filing text, or a bare EDGAR XML
                  primary document (<ownershipDocument>, <edgarSubmission>: xml_primary.py)
    "html"        a bare HTML / iXBRL document

Example (8k_1994_unioncampcorp_1.txt)::

    Envelope(shape="submission",
             header={"accession_number": "0000950117-94-000182", "filed_as_of_date":
                     "1994-08-17", "filer": [{"company_data": {...}, ...}], ...},
             documents=[Document(sequence=1, type="8-K", format="text", ...),
                        Document(sequence=2, type="EX-99", ...)])

Raises ``NotAFilingError`` for text with no SGML markers and no filing wording in its first
20 KB. Truncated inputs yield whatever header and documents are there.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import NotAFilingError
from ..lazy_re import lazy
from ..linescan import LinePattern
from ..model import HTML, TEXT, XBRL, Document, Envelope
from .documents import body_bytes, looks_html, split_documents
from .xml_primary import xml_form_type, xml_root

_SNIFF = 65536  # the PEM preamble and SGML openers sit well inside this
_WORDING_SNIFF = 20000

# line-led (see linescan): a bare text or HTML input is searched for it through 64 KB.
# Each tag in upper case, as EDGAR prints it, or all in lower case, as a tool that
# lowercased the markup saves it (split_documents reads such "<document>" blocks too).
_SUBMISSION_OPEN = LinePattern(r"<(SEC|IMS|sec|ims)-(DOCUMENT|HEADER|document|header)>")
# line-led too: a feed file may open with a PEM preamble, as submissions of its time did
_FEED_OPEN = LinePattern(r"[ \t]*<(?:SUBMISSION|submission)>[ \t]*\n")
_DOCUMENT_OPEN = lazy(r"\s*<(?:DOCUMENT|document)>[ \t]*\n")

# An exhibit's label on a line of its own: "EXHIBIT 99.1", "Exhibit 99" (a press release
# saved from its filing as a file of its own opens with it)
EXHIBIT_LABEL = lazy(r"^[ \t]*EXHIBIT[ \t]+(\d{1,3}(?:\.\d{1,3})?)[ \t]*$", re.M | re.I)
# Wording that only filings carry; one hit in the first 20 KB makes bare text a filing.
# (the exhibit label last: a lone exhibit's file is the rare case, and the search is slow)
_FILING_WORDING = (
    lazy(r"SECURITIES\s+AND\s+EXCHANGE\s+COMMISSION", re.I),
    lazy(r"^[ \t]*FORM[ \t]+[0-9A-Z][0-9A-Z/-]{0,11}[ \t]*$", re.M | re.I),
    lazy(r"^[ \t]*ITEM[ \t]+\d{1,2}(?:\.\d{1,2})?[.:]?(?:[ \t]|$)", re.M | re.I),
    lazy(r"\bPursuant[ \t]+to[ \t]+(?:Section|Rule|Regulation)[ \t]", re.I),
    lazy(r"\bCommission[ \t]+File[ \t]+(?:Number|No)", re.I),
    lazy(r"\bExact[ \t]+name[ \t]+of[ \t]+registrant", re.I),
    EXHIBIT_LABEL,
)


def _whole(text: str, fmt: str) -> Document:
    return Document(None, None, None, None, fmt, text, body_bytes(text))


def _header_span(text: str, opener: re.Match[str], start: int) -> tuple[int, int, int]:
    """(header start, header end, where documents start) of a SEC/IMS submission whose
    opening tag's line starts at ``start``."""
    dialect = opener.group(1)
    lower = dialect.islower()
    close = f"</{dialect}-{'header' if lower else 'HEADER'}>"
    end = text.find(close, start)
    first_doc = text.find("\n<document>" if lower else "\n<DOCUMENT>", start)
    if end >= 0 and (first_doc < 0 or end < first_doc):
        return start, end, end + len(close)
    if first_doc >= 0:  # no closing tag before the documents
        return start, first_doc + 1, first_doc + 1
    return start, len(text), len(text)


def _parse_header(text: str) -> dict[str, Any]:
    """``header.parse_header``, its module imported on first use: bare filing text (no
    header) never compiles the header reader."""
    from .header import parse_header

    return parse_header(text)


def _submission(text: str, opener: re.Match[str], at: int) -> Envelope:
    start, end, docs_from = _header_span(text, opener, at)
    header = _parse_header(text[start:end])
    return Envelope("submission", header, split_documents(text, docs_from))


def _feed(text: str, opener: re.Match[str]) -> Envelope:
    start = opener.end()
    first_doc = text.find("\n<document>" if "<submission>" in opener.group() else
                          "\n<DOCUMENT>", start - 1)
    end = first_doc + 1 if first_doc >= 0 else len(text)
    header = _parse_header(text[start:end])
    return Envelope("feed", header, split_documents(text, end) if first_doc >= 0 else [])


def _first_tag(head: str, opener: re.Match[str]) -> bool:
    """Whether a lower-case opener is the input's first tag, as in a submission a tool saved
    in lower case; one further in is markup quoted in a document ("<submission>" in an XML
    element or in an HTML release's <pre>), not an envelope."""
    return head.find("<") == opener.start() + opener.group().find("<")


def is_filing_text(text: str) -> bool:
    head = text[:_WORDING_SNIFF]
    return any(p.search(head) for p in _FILING_WORDING)


def read_envelope(text: str) -> Envelope:
    """Split decoded input into shape, header and documents."""
    head = text[:_SNIFF]
    if "<" not in head:  # (one C-level scan) no tag: no header, document block, XML or HTML
        if is_filing_text(text):
            return Envelope("document", None, [_whole(text, TEXT)])
        raise NotAFilingError("not an EDGAR filing")
    first_doc = head.find("\n<DOCUMENT>")
    opener = _SUBMISSION_OPEN.search(head)
    if opener and opener.group(1).islower() and not _first_tag(head, opener):
        opener = None
    if opener:
        at = _SUBMISSION_OPEN.line_start(opener)
        if first_doc < 0 or at < first_doc:
            return _submission(text, opener, at)
    # (the literal first: a bare document is not scanned line by line)
    feed = _FEED_OPEN.search(head, 0, first_doc if first_doc >= 0 else len(head)) \
        if "<SUBMISSION>" in head or "<submission>" in head else None
    if feed and "<s" in feed.group() and not _first_tag(head, feed):
        feed = None
    if feed:
        return _feed(text, feed)
    if _DOCUMENT_OPEN.match(head):
        docs = split_documents(text, 0)
        if docs:
            return Envelope("document", None, docs)
    if xml_root(head):  # a Form 4's or 13F's XML saved on its own: its type is its own
        return Envelope("document", None, [Document(
            None, xml_form_type(head), None, None, XBRL, text, body_bytes(text))])
    if looks_html(head[:4096].lstrip()[:2048]):
        return Envelope("html", None, [_whole(text, HTML)])
    if is_filing_text(text):
        return Envelope("document", None, [_whole(text, TEXT)])
    raise NotAFilingError("not an EDGAR filing")
