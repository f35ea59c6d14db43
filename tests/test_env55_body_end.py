"""Where a document's body ends (parsers/envelope/documents.py `_body_end`), found by two
`str.find`s: Westell Technologies' 1999 8-K submission (corpus), as filed and edited."""

from __future__ import annotations

import time
from pathlib import Path

from filing2json.parsers import parse
from filing2json.parsers.envelope.documents import _body_end

WESTELL = Path(__file__).resolve().parents[2] / "shared/corpus/filings" / (
    "8k_1999_westelltechnologiesinc_3.txt")


def _documents(text: str) -> list[tuple[str, int]]:
    return [(d["type"], d["bytes"]) for d in parse(text.encode("latin-1"))["documents"]]


def test_the_end_tag_or_the_next_document_line_ends_a_body() -> None:
    text = "<TEXT>\nA <b>b</b> <DOCUMENT> inline\n</TEXT>\n<DOCUMENT>\n"
    assert _body_end(text, 6, "</TEXT>") == (text.index("</TEXT>"), -1)
    cut = text.replace("</TEXT>", "")  # no end tag: the document line after it
    assert _body_end(cut, 6, "</TEXT>") == (-2, cut.index("\n<DOCUMENT>\n"))
    assert _body_end("<text>\nbody\n</text>", 6, "</text>") == (12, -1)
    assert _body_end("<TEXT>\nbody", 6, "</TEXT>") == (-1, -1)


def test_westell_documents_with_and_without_their_end_tags() -> None:
    text = WESTELL.read_text("latin-1")
    filed = _documents(text)
    assert [t for t, _ in filed] == ["8-K", "EX-99.1", "EX-99.2", "EX-99.3", "EX-99.4(A)",
                                     "EX-99.4(B)", "EX-99.4(C)"]
    # the same submission with every </TEXT> dropped: each body ends at the next document
    assert [t for t, _ in _documents(text.replace("</TEXT>", ""))] == [t for t, _ in filed]


def test_many_documents_without_end_tags_split_in_linear_time() -> None:
    block = "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n" + "<p>text " * 50 + "\n</DOCUMENT>\n"
    head = "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n"
    start = time.process_time()
    record = parse((head + block * 5000 + "</SEC-DOCUMENT>\n").encode())
    assert len(record["documents"]) == 5000
    assert time.process_time() - start < 20.0  # (quadratic: minutes)
