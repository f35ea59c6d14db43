"""bytes -> envelope: decoding, the SGML wrapper, the header and the documents."""

from .decode import decode_bytes
from .split import read_envelope

__all__ = ["decode_bytes", "read_envelope"]
