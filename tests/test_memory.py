"""Memory a big filing costs: what the pipeline lets go of as it works."""

from __future__ import annotations

import tracemalloc

from filing2json.parsers import parse_taking
from support import FILINGS


def test_a_big_one_document_filing_frees_its_input_as_it_goes() -> None:
    # Westell 1999's 8-K text, repeated to 6 MB in one <DOCUMENT>, as benchmarks/bench.py
    # builds its 200 MB filing. Alive at the peak: the document's body, its cleaned text and
    # the clean-up's working copies, about 3.3x the input. The bytes and the whole decoded
    # input are dropped once cut into documents (the decoded input kept alive to the end
    # made it 4.25x), and the press-release reader, which reads 2 MB at most, is handed no
    # more (a slice of the whole text after the last item was a copy of nearly all of it).
    raw = (FILINGS / "8k_1999_westelltechnologiesinc_3.txt").read_bytes()
    body = raw[raw.index(b"<TEXT>") + 6 : raw.index(b"</TEXT>")]
    head = (b"<SEC-DOCUMENT>0000914760-99-000229.txt : 19991220\n<SEC-HEADER>\n"
            b"ACCESSION NUMBER:\t\t0000914760-99-000229\nCONFORMED SUBMISSION TYPE:\t8-K\n"
            b"PUBLIC DOCUMENT COUNT:\t\t1\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n"
            b"<TEXT>\n")
    data = head + body * (6_000_000 // len(body)) + b"</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    size = len(data)
    holder = [data]
    del data, raw
    tracemalloc.start()
    try:
        record = parse_taking(holder, "big.txt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert holder == []
    assert record["form_type"] == "8-K" and record["source"]["bytes"] == size
    assert peak < 3.75 * size, f"peak {peak / size:.2f}x the input"


def test_the_signature_block_is_read_from_an_offset_as_from_a_slice() -> None:
    # the reader of the block after the last item takes an offset, not a copy of the text
    # from there on; the block is the same
    from filing2json.parsers.sections.signature_block import signature_block

    checked = 0
    for name in ("8k_1999_westelltechnologiesinc_3.txt", "10k405_2001_perkinelmerinc_1.txt",
                 "8k_2004_searsroebuckandco_1.txt"):
        text = (FILINGS / name).read_text(errors="replace").replace("<PAGE>", "")
        ends = [i + 1 for i, c in enumerate(text) if c == "\n"]
        starts = [0, *ends[:: max(1, len(ends) // 40)]]  # some 40 line starts a file
        for pos in starts:
            block = signature_block(text, pos)
            assert block == signature_block(text[pos:]), (name, pos)
            checked += bool(block)
    assert checked > 20
