"""Round 62 speed (issue 6): the SGML header read in one walk over one findall of its lines,
and the PEM "- " escape undone by a C-level split and join. Records unchanged: these tests pin
the shapes the one-pass walk must decide without its old look-ahead list."""

from __future__ import annotations

import time

from filing2json.parsers.envelope.decode import decode_bytes
from filing2json.parsers.envelope.header import parse_header
from support import FILINGS

BERKSHIRE = FILINGS / "13fhra_2000_berkshirehathawayinc_1.txt"  # PEM-wrapped 13F-HR/A, 2000


def _berkshire_header() -> str:
    text, _ = decode_bytes(BERKSHIRE.read_bytes())
    return text[text.index("<SEC-HEADER>") + 12 : text.index("</SEC-HEADER>")]


def test_pem_escaped_rules_read_as_filed() -> None:
    raw = BERKSHIRE.read_bytes().decode("latin-1").split("\n")
    escaped = [i for i, line in enumerate(raw) if line.startswith("- -")]
    assert len(escaped) == 2  # the two table rules under the column headings
    lines = decode_bytes(BERKSHIRE.read_bytes())[0].split("\n")
    for i in escaped:
        assert lines[i] == raw[i][2:].rstrip("\r")
    assert lines[113].startswith("-------------------       -------------")


def test_value_less_keys_decided_by_the_next_line() -> None:
    filer = parse_header(_berkshire_header())["filer"][0]
    # a spill ("[6331" + "]" at the next line's start) continues the value before it
    assert filer["company_data"]["standard_industrial_classification"] == "[6331]"
    assert filer["company_data"]["irs_number"] == "470813844"
    # "SEC ACT:" with nothing after it and its next line at its own column: null
    assert filer["filing_values"]["sec_act"] is None
    assert filer["filing_values"]["sec_file_number"] == "028-04545"
    assert filer["business_address"]["city"] == "OMAHA"


def test_value_less_key_before_a_tag_line_or_the_end() -> None:
    # Berkshire's header edited: cut after "FILER:" (a truncated header), and a tag line
    # right after the value-less "FILER:" line, as the <SUBMISSION> feed mixes them in
    header = _berkshire_header()
    cut = header[: header.index("FILER:") + 6]
    assert parse_header(cut)["filer"] == []
    tagged = cut + "\n<ACCEPTANCE-DATETIME>20000906140215\n"
    got = parse_header(tagged)
    assert got["filer"] == []
    assert got["acceptance_datetime"] == "2000-09-06T14:02:15"
    assert got["filed_as_of_date"] == "2000-09-06"


def test_long_lines_parse_in_linear_time() -> None:
    started = time.process_time()
    for line in ("A" + " " * 200_000, "\t" * 200_000 + "A", "<" + "A" * 200_000,
                 "A" * 200_000 + "<B>:", "- -" * 70_000):
        parse_header("FILER:\n\t" + line + "\n")
    assert time.process_time() - started < 5
