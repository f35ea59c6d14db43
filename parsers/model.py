"""The data handed from stage to stage: envelope -> documents -> context -> record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Document.format values, as SPEC.md names them.
TEXT, HTML, XBRL, PDF, UUENCODED, BINARY = "text", "html", "xbrl", "pdf", "uuencoded", "binary"
READABLE_FORMATS = (TEXT, HTML)


@dataclass
class Document:
    """One <DOCUMENT> of a submission (or the whole input when there is none)."""

    sequence: int | None
    type: str | None
    filename: str | None
    description: str | None
    format: str
    body: str  # what stood between <TEXT> and </TEXT>, untouched
    bytes: int
    _text: str | None = field(default=None, repr=False)
    # the input ended inside this document's body: no </TEXT> or </DOCUMENT> closed it
    cut_short: bool = False

    @property
    def readable(self) -> bool:
        return self.format in READABLE_FORMATS

    @property
    def text(self) -> str:
        """Plain text for the detectors: HTML rendered, page furniture removed.

        Computed once, on first use, so documents nobody reads cost nothing.
        """
        if self._text is None:
            from .text import document_text

            self._text = document_text(self) if self.readable else ""
        return self._text

    def describe(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "type": self.type,
            "filename": self.filename,
            "description": self.description,
            "bytes": self.bytes,
            "format": self.format,
        }


@dataclass
class Envelope:
    """What the SGML wrapper says: the shape, the header and the documents."""

    shape: str  # "document" | "submission" | "feed" | "html"
    header: dict[str, Any] | None
    documents: list[Document]


@dataclass
class Warning_:
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
