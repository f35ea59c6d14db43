"""document -> plain text that every detector reads the same way."""

from __future__ import annotations

from ..model import HTML, Document
from .plain_text import clean_plain_text


def html_to_text(html: str) -> str:
    """``html_text.html_to_text``, its module imported on first use: a run of bare-text
    filings never compiles the HTML renderer (its source and its patterns, ~14 ms of a
    one-file start-up without a bytecode cache)."""
    from .html_text import html_to_text as render

    return render(html)


def document_text(doc: Document) -> str:
    if doc.format == HTML:
        return html_to_text(doc.body)
    body = doc.body
    if "\xa0" in body:  # a no-break space (cp1252 A0) is a blank of the same width
        body = body.replace("\xa0", " ")
    return clean_plain_text(body)


__all__ = ["document_text", "html_to_text", "clean_plain_text"]
