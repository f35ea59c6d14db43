"""document -> plain text that every detector reads the same way."""

from __future__ import annotations

from ..model import HTML, Document
from .html_text import html_to_text
from .plain_text import clean_plain_text


def document_text(doc: Document) -> str:
    if doc.format == HTML:
        return html_to_text(doc.body)
    body = doc.body
    if "\xa0" in body:  # a no-break space (cp1252 A0) is a blank of the same width
        body = body.replace("\xa0", " ")
    return clean_plain_text(body)


__all__ = ["document_text", "html_to_text", "clean_plain_text"]
