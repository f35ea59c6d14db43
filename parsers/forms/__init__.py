"""Form-level facts: which document is primary, and what the header says of the filing."""

from __future__ import annotations

from .header_fields import header_fields, primary_document

__all__ = ["header_fields", "primary_document"]
