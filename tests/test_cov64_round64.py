"""Cover page, round 64: every subject company a Rule 425 legend names is a registrant, each
with the file number typed for it ("Subject Companies: Widget Inc. and Gadget Corp.", one a
line with "(Commission File No. ...)" after each, the caption alone on its line over them, or
the "Subject Company:" and "Commission File No.:" lines repeated for each, the number maybe
bracketed).

The tests read CTC Communications' 8-K of August 2000 (samples/: no SGML header) with its
cover replaced by a Rule 425 legend (test_cov63_round63._registrants), its subject line edited
into the shapes filers print for a merger of two companies ("Widget Inc." the second, its
file number "001-12345"), and Asta Funding's 8-K of May 2004 (corpus, with an SGML header
naming Asta alone) with its cover replaced by such a legend.
"""

from __future__ import annotations

import time

import pytest
from test_cov63_round63 import _SUBJECT, _registrants

from filing2json.parsers import parse
from support import FILINGS, validate

_FILE = "Commission File No.: 0-27505\n"


def _named(subject: str, after: str = "") -> list[tuple[str, str | None]]:
    """Name and file number of each registrant of the legend with subject line `subject`."""
    return [(reg["name"], reg["commission_file_number"])
            for reg in _registrants(subject, after)]


@pytest.mark.parametrize(("subject", "expected"), [
    # the legend's two lines repeated for each company (its own number under each)
    (f"{_SUBJECT}{_FILE}Subject Company: Widget Inc.\nCommission File No.: 001-12345\n",
     [("CTC Communications Corp.", "0-27505"), ("Widget Inc.", "001-12345")]),
    ("SUBJECT COMPANY: CTC COMMUNICATIONS CORP.\nSEC File No. 0-27505\n"
     "SUBJECT COMPANY: WIDGET INC.\nSEC File No. 001-12345\n",
     [("CTC COMMUNICATIONS CORP.", "0-27505"), ("WIDGET INC.", "001-12345")]),
    # the number in brackets on the line under each
    (f"{_SUBJECT}(Commission File No. 0-27505)\n"
     "Subject Company: Widget Inc.\n(Commission File No. 001-12345)\n",
     [("CTC Communications Corp.", "0-27505"), ("Widget Inc.", "001-12345")]),
    # the caption alone on its line, the names under it, each with its number after it
    ("Subject Companies:\nCTC Communications Corp. (Commission File No. 0-27505)\n"
     "Widget Inc. (Commission File No. 001-12345)\n",
     [("CTC Communications Corp.", "0-27505"), ("Widget Inc.", "001-12345")]),
    # one a line, the first on the caption's line, each with its number after it
    ("Subject Companies: CTC Communications Corp. (Commission File No. 0-27505)\n"
     "                   Widget Inc. (Commission File No. 001-12345)\n",
     [("CTC Communications Corp.", "0-27505"), ("Widget Inc.", "001-12345")]),
    # several on one line: one number under them is none's own (round 65: not the first's)
    ("Subject Companies: CTC Communications Corp., Widget Inc. and Gadget Corp.\n",
     [("CTC Communications Corp.", None), ("Widget Inc.", None), ("Gadget Corp.", None)])],
    ids=["repeated", "repeated_capitals_sec", "bracketed_under", "caption_alone", "one_a_line",
         "three_on_a_line"])
def test_rule_425_every_subject_company_read(subject: str,
                                             expected: list[tuple[str, str | None]]) -> None:
    # (the legend's own "Commission File No.: 0-27505" line follows the subject lines)
    assert _named(subject) == expected


def test_rule_425_subject_companies_each_once_and_only_named() -> None:
    # the same company twice is one registrant; a part with no legal form is no name
    widget = "Subject Company: Widget Inc.\nCommission File No.: 001-12345\n"
    assert _named(f"{_SUBJECT}{_FILE}{widget}{_SUBJECT}") == [
        ("CTC Communications Corp.", "0-27505"), ("Widget Inc.", "001-12345")]
    assert _named("Subject Companies: CTC Communications Corp. and Widget\n") == [
        ("CTC Communications Corp.", "0-27505")]


ASTA = FILINGS / "8k_2004_astafundinginc_4.txt"
_ASTA_COVER_START = "                                    FORM 8-K\n"
_ASTA_LEGEND = ("Filed by Asta Funding, Inc.\n"
                "Pursuant to Rule 425 under the Securities Act of 1933\n\n"
                "Subject Company: Asta Funding, Inc.\nCommission File No.: 0-26906\n"
                "Subject Company: Widget Inc.\nCommission File No.: 001-12345\n\n")


def _asta(header: bool) -> list[tuple[str, str | None]]:
    """Asta's 8-K with its cover replaced by a two-company legend, with or without its
    SGML header (which files it under Asta alone)."""
    text = ASTA.read_text(encoding="latin-1")
    start, end = text.index(_ASTA_COVER_START), text.index("<PAGE>\n\nItem 7.")
    text = text[:start] + _ASTA_LEGEND + text[end:]
    if not header:
        text = text[text.index("<DOCUMENT>"):]
    record = validate(parse(text.encode("latin-1"), ASTA.name))
    return [(reg["name"], reg["commission_file_number"]) for reg in record["registrants"]]


def test_rule_425_subject_companies_a_header_names() -> None:
    # with a header, a legend's company the header does not file it under is not read
    assert _asta(header=True) == [("Asta Funding, Inc.", "0-26906")]
    assert _asta(header=False) == [("Asta Funding, Inc.", "0-26906"),
                                   ("Widget Inc.", "001-12345")]


def test_rule_425_subject_lines_are_linear() -> None:
    # ~200 KB of subject lines, each with a number after it and a file line under it, and
    # of captions alone over names
    junk = ("Subject Companies: Widget Inc. (Commission File No. 1-2)\n"
            "Commission File No.: 001-12345\nSubject Companies:\nGadget Corp.\n") * 1800
    began = time.process_time()
    names = [reg["name"] for reg in _registrants(junk)]
    assert time.process_time() - began < 5
    assert names == ["Widget Inc.", "Gadget Corp."]
