"""Cover page, round 65: a Rule 425 legend's "Subject Companies:" caption alone over names each
with its file number on the line under it; one number printed under several names is none's
own (a header's numbers fill them); and a telephone given in a sentence on the cover ("... its
telephone number, including area code, is (31) 70 344 3211").

The legend tests read CTC Communications' 8-K of August 2000 (samples/: no SGML header) with
its cover replaced by a Rule 425 legend (test_cov63_round63._registrants), its subject lines
edited into the shapes filers print for a merger of two or three companies ("Widget Inc.",
"001-12345"), and Asta Funding's 8-K of May 2004 (corpus) with its cover replaced by such a
legend and its SGML header edited into a 425's: filed under two SUBJECT COMPANY blocks, Asta's
and one for Widget Inc. (its SEC FILE NUMBER 001-12345). The telephone tests read AEGON's 20-F
for 2000 (corpus), a sentence with its telephone (as AEGON's later covers print it) added
under its address's caption.
"""

from __future__ import annotations

import time

import pytest
from test_cov63_round63 import _registrants

from filing2json.parsers import parse
from support import FILINGS, edited_record, validate

_CTC = "CTC Communications Corp.\n"
_WIDGET = "Widget Inc.\n"


def _named(subject: str) -> list[tuple[str, str | None]]:
    """Name and file number of each registrant of the CTC legend with subject lines `subject`
    (the legend's own "Commission File No.: 0-27505" follows them)."""
    return [(reg["name"], reg["commission_file_number"]) for reg in _registrants(subject)]


@pytest.mark.parametrize("number", ["Commission File No.: {}\n", "(Commission File No. {})\n",
                                    "  SEC File No. {}\n"],
                         ids=["colon", "bracketed", "sec_indented"])
def test_rule_425_caption_alone_names_each_over_its_number(number: str) -> None:
    subject = (f"Subject Companies:\n{_CTC}{number.format('0-27505')}"
               f"{_WIDGET}{number.format('001-12345')}")
    assert _named(subject) == [("CTC Communications Corp.", "0-27505"),
                               ("Widget Inc.", "001-12345")]


def test_rule_425_caption_alone_no_number_taken_for_another() -> None:
    # the first over its number, the second and third in a row over the legend's own number:
    # that number is neither's
    subject = f"Subject Companies:\n{_CTC}(Commission File No. 0-27505)\n{_WIDGET}Gadget Corp.\n"
    assert _named(subject) == [("CTC Communications Corp.", "0-27505"),
                               ("Widget Inc.", None), ("Gadget Corp.", None)]
    # two names in a row over one number: whose it is is not told (not the first's)
    assert _named(f"Subject Companies:\n{_CTC}{_WIDGET}") == [
        ("CTC Communications Corp.", None), ("Widget Inc.", None)]


ASTA = FILINGS / "8k_2004_astafundinginc_4.txt"
_ASTA_COVER_START = "                                    FORM 8-K\n"
_WIDGET_BLOCK = ("SUBJECT COMPANY:\n\n\tCOMPANY DATA:\t\n"
                 "\t\tCOMPANY CONFORMED NAME:\t\t\tWIDGET INC\n"
                 "\t\tCENTRAL INDEX KEY:\t\t\t0001000001\n\n"
                 "\tFILING VALUES:\n\t\tFORM TYPE:\t\t425\n\t\tSEC ACT:\t\t1933 Act\n"
                 "\t\tSEC FILE NUMBER:\t001-12345\n\n")


def _asta_425(subject: str, header: bool = True) -> list[tuple[str, str | None]]:
    """Asta's 8-K with its cover replaced by a Rule 425 legend with subject lines `subject`
    (its own "Commission File No.: 0-26906" under them), its header filed under Widget's and
    Asta's SUBJECT COMPANY blocks; or with no header."""
    text = ASTA.read_text(encoding="latin-1")
    start, end = text.index(_ASTA_COVER_START), text.index("<PAGE>\n\nItem 7.")
    legend = ("Filed by Asta Funding, Inc.\nPursuant to Rule 425 under the Securities Act of "
              f"1933\n\n{subject}\nCommission File No.: 0-26906\n\n")
    text = text[:start] + legend + text[end:]
    for old, new in (("SUBMISSION TYPE:\t8-K", "SUBMISSION TYPE:\t425"),
                     ("FORM TYPE:\t\t8-K", "FORM TYPE:\t\t425"),
                     ("FILER:\n", f"{_WIDGET_BLOCK}SUBJECT COMPANY:\n")):
        assert old in text
        text = text.replace(old, new, 1)
    if not header:
        text = text[text.index("<DOCUMENT>"):]
    record = validate(parse(text.encode("latin-1"), ASTA.name))
    return [(reg["name"], reg["commission_file_number"]) for reg in record["registrants"]]


def test_rule_425_one_number_under_several_names_the_header_fills() -> None:
    # the legend's one number is Asta's, printed under Widget listed first: not Widget's;
    # the header's SUBJECT COMPANY blocks give each its own
    subject = "Subject Companies:\nWidget Inc.\nAsta Funding, Inc.\n"
    assert _asta_425(subject) == [("Widget Inc.", "001-12345"),
                                  ("Asta Funding, Inc.", "000-26906")]
    assert _asta_425(subject, header=False) == [("Widget Inc.", None),
                                                ("Asta Funding, Inc.", None)]
    # each over its own number: the legend's, the header's agreeing
    subject = ("Subject Companies:\nAsta Funding, Inc.\nCommission File No.: 0-26906\n"
               "Widget Inc.\nCommission File No.: 001-12345\n")
    assert _asta_425(subject, header=False) == [("Asta Funding, Inc.", "0-26906"),
                                                ("Widget Inc.", "001-12345")]


def test_rule_425_names_over_numbers_are_linear() -> None:
    # ~200 KB of a caption alone over names and number lines
    junk = "Subject Companies:\nWidget Inc.\nCommission File No.: 001-12345\n" * 3500
    began = time.process_time()
    names = [reg["name"] for reg in _registrants(junk)]
    assert time.process_time() - began < 5
    assert names == ["Widget Inc."]


AEGON = FILINGS / "20f_2001_aegonnv_1.htm"
_ADDRESS_CAPTION = "                   (Address of principal executive offices)\n"


def _aegon_phone(sentence: str) -> str | None:
    """AEGON's telephone with `sentence` added under its address's caption."""
    record = validate(edited_record(AEGON, {_ADDRESS_CAPTION: f"{_ADDRESS_CAPTION}\n{sentence}"}))
    (reg,) = record["registrants"]
    return reg["phone"]


@pytest.mark.parametrize(("sentence", "phone"), [
    ("The Registrant's telephone number, including area code, is (31) 70 344 3211.\n",
     "(31) 70 344 3211"),
    ("AEGON's telephone number, including area code,\nis (31) 70 344 3211\n",
     "(31) 70 344 3211"),
    ("Its telephone number is +31 70 344 3211.\n", "+31 70 344 3211")],
    ids=["including_area_code", "wrapped", "plus"])
def test_phone_in_a_sentence_on_the_cover(sentence: str, phone: str) -> None:
    assert _aegon_phone(sentence) == phone


def test_phone_in_a_sentence_only_the_registrants() -> None:
    assert _aegon_phone("") is None  # (the cover as filed prints none)
    # the registrant's sentence after a contact's: its own number read, not the contact's
    assert _aegon_phone("The telephone number of its contact person is (31) 70 344 3299.\n"
                        "Its telephone number is (31) 70 344 3211.\n") == "(31) 70 344 3211"
    # a contact's or agent's number, or no number after the "is", is not the registrant's
    assert _aegon_phone("The name and telephone number of the contact person is "
                        "(31) 70 344 3211.\n") is None
    assert _aegon_phone("The agent's telephone number is (31) 70 344 3211.\n") is None
    assert _aegon_phone("Its telephone number is given in Item 4 (31 pages).\n") is None


def test_phone_in_a_sentence_is_linear() -> None:
    # ~200 KB of the sentence's words with no number after them
    junk = "telephone number, including area code, is " * 4800
    began = time.process_time()
    assert _aegon_phone(junk + "\n") is None
    assert time.process_time() - began < 5
