"""Cover page, round 63b: the registrant's telephone taken from the SGML header's BUSINESS PHONE
(bare digits) written as covers print it, and a Rule 425 legend naming several subject
companies ("Subject Companies: ...").

The header tests read ExperTelligence's 8-K of November 2007 (corpus: its header's business
address in Ontario, its phone "5616978751"), its cover's telephone line dropped (so the phone is
the header's) and its header's STATE and BUSINESS PHONE edited into those foreign filers print
("K3" Hong Kong "85221234567", "U3" Spain "34915550100"). The legend tests read CTC
Communications' 8-K of August 2000 (samples/) with its cover replaced by a Rule 425 legend
(test_cov63_round63._subject), its subject line edited into the plural shape.
"""

from __future__ import annotations

import time

import pytest
from test_cov63_round63 import _CTC_COVER, _LEGEND, _SUBJECT, CTC, _registrants, _subject

from filing2json.parsers import parse
from support import FILINGS, edited_record, validate

EXPERTELLIGENCE = FILINGS / "8k_2007_expertelligenceinc_1.txt"
_COVER_PHONE = "Registrant's telephone number, including area code: (416) 554-6546\n"
_HEADER_PLACE = "\t\tSTATE:\t\t\tA6\n\t\tZIP:\t\t\tK0M 2T0\n\t\tBUSINESS PHONE:\t\t5616978751\n"


def _header_phone(state: str, phone: str) -> str | None:
    """The registrant's phone with the cover's dropped and the header's address STATE and
    BUSINESS PHONE edited to `state` and `phone`."""
    place = _HEADER_PLACE.replace("A6", state).replace("5616978751", phone)
    record = validate(edited_record(EXPERTELLIGENCE, {_COVER_PHONE: "", _HEADER_PLACE: place}))
    (reg,) = record["registrants"]
    return reg["phone"]


@pytest.mark.parametrize(("state", "phone", "expected"), [
    # a foreign filer's number led by its country's calling code (the rest as printed: how
    # it groups is not known)
    ("K3", "85221234567", "+852 21234567"),
    ("U3", "34915550100", "+34 915550100"),
    # a North American number with its country code
    ("A6", "15616978751", "+1 (561) 697-8751"),
    ("MA", "17812375100", "+1 (781) 237-5100")],
    ids=["hong_kong", "spain", "ontario_country_code", "us_country_code"])
def test_header_phone_written_as_covers_print_it(state: str, phone: str, expected: str) -> None:
    assert _header_phone(state, phone) == expected


def test_header_phone_given_no_structure_its_digits_do_not_tell() -> None:
    # ten digits of a filer abroad not led by its calling code are no US number's shape
    assert _header_phone("K3", "5616978751") == "5616978751"
    # a number typed with its own separators stays as typed; a US one as before
    assert _header_phone("K3", "852-2123-4567") == "852-2123-4567"
    assert _header_phone("A6", "5616978751") == "(561) 697-8751"


@pytest.mark.parametrize("subject", [
    "Subject Companies: CTC Communications Corp. and Widget Inc.\n",
    "Subject Companies: CTC Communications Corp., Widget Inc.\n",
    "SUBJECT COMPANIES: CTC COMMUNICATIONS CORP.; WIDGET INC.\n",
    "Subject Companies: CTC Communications Corp. (Commission File No. 0-27505)\n"
    "                   Widget Inc. (Commission File No. 001-12345)\n",
    "Subject Companies - CTC Communications Corp. & Widget Inc.\n"],
    ids=["and", "comma", "capitals_semicolon", "file_numbers", "dash_ampersand"])
def test_rule_425_subject_companies_first_read(subject: str) -> None:
    # (round 64: every subject company is a registrant, the first still first; round 65: the
    # one number under several names is none's own, so the first has only one typed for it)
    reg = _registrants(subject)[0]
    number = "0-27505" if "File No." in subject else None
    assert (reg["name"].lower(), reg["commission_file_number"]) == ("ctc communications corp.",
                                                                    number)


def test_rule_425_subject_companies_not_cut_inside_a_name() -> None:
    # a legal form in two parts ("Co., Ltd.") or a name's own comma is no separator
    regs = _registrants("Subject Companies: CTC Communications Co., Ltd. and Widget Inc.\n")
    assert [reg["name"] for reg in regs] == ["CTC Communications Co., Ltd.", "Widget Inc."]
    regs = _registrants("Subject Companies: CTC Communications, Corp. and Widget, Inc.\n")
    assert [reg["name"] for reg in regs] == ["CTC Communications, Corp.", "Widget, Inc."]
    # two names without legal forms: where one ends is not told, so none is read
    assert _subject("Subject Companies: CTC Communications and Widget\n")["name"] is None


def test_subject_companies_lines_are_linear() -> None:
    # ~200 KB of plural subject lines full of separators with no legal form
    # (as the legend's subject line, in the sample's cover)
    junk = "Subject Companies: Widget and Gadget, Sprocket; Gizmo & Doohickey\n" * 3000
    text = CTC.read_text(encoding="latin-1")
    start, end = text.index(_CTC_COVER[0]), text.index(_CTC_COVER[1])
    began = time.process_time()
    record = parse((text[:start] + _LEGEND.replace(_SUBJECT, junk) + text[end:]).encode(
        "latin-1"), CTC.name)
    assert time.process_time() - began < 5
    assert record["form_type"] == "425"
