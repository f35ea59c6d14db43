"""Round 35 speed pass (envelope, header, plain text): the shortcuts keep the old results."""

from __future__ import annotations

import pytest

from filing2json.parsers.envelope import read_envelope
from filing2json.parsers.envelope.header import convert, parse_header
from filing2json.parsers.errors import NotAFilingError
from filing2json.parsers.text.plain_text import _lines_after, clean_plain_text


def test_tagless_text_is_still_read_as_a_filing_or_refused() -> None:
    # no "<" in the head: the envelope goes straight to the wording test
    cover = ("                    SECURITIES AND EXCHANGE COMMISSION\n"
             "                          Washington, D.C. 20549\n\n"
             "                                 FORM 8-K\n\n"
             "Item 5.  Other Events\n")
    env = read_envelope(cover)
    assert (env.shape, env.header, len(env.documents)) == ("document", None, 1)
    assert env.documents[0].format == "text"
    with pytest.raises(NotAFilingError):
        read_envelope("Dear Sir,\n\nPlease find the minutes of our meeting attached.\n")


def test_feed_header_closers_read_from_any_line() -> None:
    # a closer indented, and one on the header's first line (the "^" form of the scan)
    header = parse_header(
        "</STRAY>\n<ACCESSION-NUMBER>0000732715-99-000042\n<FILER>\n<COMPANY-DATA>\n"
        "<CONFORMED-NAME>INDIANA BELL TELEPHONE CO INC\n  </COMPANY-DATA>\n</FILER>\n"
        "<STRAY>\n<TYPE>10-Q\n")
    assert header["filer"] == [{"company_data": {"conformed_name":
                                                 "INDIANA BELL TELEPHONE CO INC"}}]
    assert header["stray"] == {"type": "10-Q"}


@pytest.mark.parametrize(("value", "expected"), [
    ("20240201163030", "2024-02-01T16:30:30"),
    ("20240229235959", "2024-02-29T23:59:59"),
    ("20230229120000", "20230229120000"),  # no such day
    ("20240201126000", "20240201126000"),  # second 60: strptime refused it too
    ("20241301000000", "20241301000000"),
    ("２０２４０２０１１６３０３０", "２０２４０２０１１６３０３０"),  # strptime's month is ASCII
])
def test_acceptance_datetime_as_strptime_read_it(value: str, expected: str) -> None:
    assert convert("acceptance_datetime", value) == expected


def test_lines_after_skips_blank_lines_within_its_reach() -> None:
    text = "<PAGE>\n\n \t\n\u00a0\nACME CORP\n\n  2\nlast line"
    start = text.index("\n") + 1
    assert [text[s:e] for s, e in _lines_after(text, start, 4)] == [
        "ACME CORP\n", "  2\n", "last line"]
    assert _lines_after("x\n" + "\n" * 4001 + "far\n", 2, 3) == []  # past 4,000 characters
    assert _lines_after("x\n" + " " * 3990 + "\nnear\n", 2, 3) == [(3993, 3998)]
    assert _lines_after("x\n  \t ", 2, 3) == []  # a blank last line with no newline


def test_page_marker_typed_in_mixed_case_is_a_page_break() -> None:
    text = ("The Registrant issued the press release below.\n\n             2\n<Page>\n"
            "ACME CORPORATION\n\nItem 7.  Financial Statements and Exhibits\n")
    cleaned = clean_plain_text(text)
    assert "<Page>" not in cleaned and "             2\n" not in cleaned
    assert "ACME CORPORATION" in cleaned and "press release below." in cleaned
