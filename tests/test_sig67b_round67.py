"""Signature blocks of round 67b.

A company's name typed left of a "By:" signature on its row ("Louisville Gas and Electric
Company     By: /s/ John R. McCall", the name and title under "By:"; in HTML, a cell of its
own between the "Dated:" cells and the "By:" cell): the registrant, when the block names no
other (was: none). Louisville Gas and Electric's 8-K (2003, two registrants: no filer to fall
back on) is edited.

Ownership reports: the title typed under the "**Signature of Reporting Person" caption (the
signature over a rule and the caption, then "Jane Doe, Attorney-in-Fact for Alan H. Foster")
is the signer's (was: none); an attorney signing "for Jessica A. Garascia pursuant to a Power
of Attorney" or "for Jessica A. Garascia, Senior Vice President" signs as "Attorney-in-Fact for
Jessica A. Garascia" (was: "Attorney-in-Fact"); the form's caption typed as the signature
("**Signature of Reporting Person") names no signer (was: a signer of that name).
Productivity Technologies' Form 4 (2000, text) and Jessica A. Garascia's Form 4 (2025, XML)
are edited.
"""

from __future__ import annotations

from typing import Any

from support import FILINGS, edited_record, page_america_signer

_LGE = FILINGS / "8k_2003_louisvillegasandelectr_1.htm"
_LGE_TEXT = _LGE.read_text(encoding="latin-1")
# the registrant's own paragraph over the first signature table ("Louisville Gas and Electric
# Company"), and the empty cell between "March 25, 2003" and "By:" in the table's first row
_LGE_NAME = _LGE_TEXT[
    (_at := _LGE_TEXT.index('<p align="left" style="margin:0in 0in .0001pt;text-align:left;"><b>'
                            '<font size="2" face="Times New Roman" style="font-size:10.0pt;'
                            'font-weight:bold;text-transform:uppercase;">')) :
    _LGE_TEXT.index("</p>", _at) + 4]
_EMPTY = ('<p align="left" style="font-size:1.0pt;margin:0in 0in .0001pt;text-align:left;">'
          '&nbsp;</p>')
_LGE_ROW = _LGE_TEXT[_LGE_TEXT.index(_LGE_NAME) : _LGE_TEXT.index(_EMPTY, _LGE_TEXT.index(
    _LGE_NAME)) + len(_EMPTY)]
_MCCALL = ("John R. McCall", "Executive Vice President, General Counsel and Corporate Secretary",
           "2003-03-25")
_KU = ("Kentucky Utilities Company", *_MCCALL)
_LGE_REG = "Louisville Gas and Electric Company"


def _signers(record: dict[str, Any]) -> list[tuple[str | None, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def _lge_left(cell: str) -> list[tuple[str | None, ...]]:
    """LG&E's 8-K, its registrant's paragraph taken out and `cell` typed in the empty cell
    left of "By:" on the first signature's row."""
    row = "<p>&nbsp;</p>" + _LGE_ROW[len(_LGE_NAME) : -len(_EMPTY)] + f"<p>{cell}</p>"
    return _signers(edited_record(_LGE, {_LGE_ROW: row}))


def test_registrant_in_the_cell_left_of_by() -> None:
    assert _lge_left(_LGE_REG) == [(_LGE_REG, *_MCCALL), _KU]


def test_registrant_left_of_by_as_filed_and_a_title_there_no_registrant() -> None:
    # (the neighbours: the name over the table as filed; an office left of "By:" no name)
    assert _signers(edited_record(_LGE, {})) == [(_LGE_REG, *_MCCALL), _KU]
    assert _lge_left("Executive Vice President")[1:] == [_KU]
    assert _lge_left("Executive Vice President")[0][0] is None
    # (the new rule, so that this test fails without it)
    assert _lge_left(_LGE_REG)[0][0] == _LGE_REG


_LGE_PRE = ("Louisville Gas and Electric Company          By: /s/ John R. McCall\n"
            "                                                 John R. McCall\n"
            "                                                 Executive Vice President\n\n")
_KU_PRE = ("Kentucky Utilities Company                   By: /s/ John R. McCall\n"
           "                                                 John R. McCall\n"
           "                                                 Executive Vice President\n\n")


def _lge_typed(pre: str, both: bool) -> list[tuple[str | None, ...]]:
    """LG&E's 8-K, its first signature block (or both, the second registrant's too) typed
    as `pre` in a <pre> block."""
    start = _LGE_TEXT.index(_LGE_NAME)
    end = _LGE_TEXT.rindex("</table>") if both else _LGE_TEXT.index("</table>", start)
    block = _LGE_TEXT[start : end + len("</table>")]
    return _signers(edited_record(_LGE, {block: f"<pre>\n{pre}Dated: March 25, 2003\n</pre>"}))


def test_registrant_typed_left_of_by_in_plain_text() -> None:
    assert _lge_typed(_LGE_PRE, False)[0] == (
        _LGE_REG, "John R. McCall", "Executive Vice President", "2003-03-25")


def test_second_registrant_typed_left_of_by_under_the_first_ones_signer() -> None:
    assert _lge_typed(_LGE_PRE + _KU_PRE, True) == [
        (_LGE_REG, "John R. McCall", "Executive Vice President", "2003-03-25"),
        ("Kentucky Utilities Company", "John R. McCall", "Executive Vice President",
         "2003-03-25")]


_FOSTER = FILINGS / "4_2000_productivitytechnologi_1.txt"
_FOSTER_SIGNED = ("SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\nDATE\n"
                  "March 13, 2000\n")


def _foster(lines: str) -> list[tuple[str | None, ...]]:
    return _signers(edited_record(_FOSTER, {_FOSTER_SIGNED: lines}))


def test_title_typed_under_the_reporting_persons_caption() -> None:
    assert _foster("\n/s/ Jane Doe                                   March 13, 2000\n"
                   "-------------------------------                --------------\n"
                   "**Signature of Reporting Person                     Date\n"
                   "Jane Doe, Attorney-in-Fact for Alan H. Foster\n") == [
        (None, "Jane Doe", "Attorney-in-Fact for Alan H. Foster", "2000-03-13")]
    assert _foster("\n/s/ Alan H. Foster                              March 13, 2000\n"
                   "-------------------------------                 --------------\n"
                   "**Signature of Reporting Person                      Date\n"
                   "Alan H. Foster, President\n") == [
        (None, "Alan H. Foster", "President", "2000-03-13")]


def test_reporting_persons_caption_with_nothing_under_it_as_before() -> None:
    # (the neighbours: no line under the caption, and the form as filed: no title)
    assert _foster("\n/s/ Alan H. Foster                              March 13, 2000\n"
                   "-------------------------------                 --------------\n"
                   "**Signature of Reporting Person                      Date\n") == [
        (None, "Alan H. Foster", None, "2000-03-13")]
    assert _foster(_FOSTER_SIGNED) == [(None, "Alan H. Foster", None, "2000-03-13")]
    # (the new rule, so that this test fails without it: a title under the caption)
    assert _foster("\n/s/ Alan H. Foster                              March 13, 2000\n"
                   "-------------------------------                 --------------\n"
                   "**Signature of Reporting Person                      Date\n"
                   "Alan H. Foster, President\n")[0][2] == "President"


_GARASCIA = FILINGS / "4_2025_garasciajessicaa_1.txt"
_KWIAT = "<signatureName>/s/ Katherine Kwiat, power of attorney</signatureName>"


def _kwiat(signed: str) -> list[tuple[str | None, ...]]:
    return _signers(edited_record(_GARASCIA, {_KWIAT: f"<signatureName>{signed}</signatureName>"}))


def test_attorney_for_a_person_with_words_after_the_name() -> None:
    for signed in ("/s/ Katherine Kwiat, Attorney-in-Fact for Jessica A. Garascia pursuant to "
                   "a Power of Attorney",
                   "/s/ Katherine Kwiat, as Attorney-in-Fact for Jessica A. Garascia, Senior "
                   "Vice President"):
        assert _kwiat(signed) == [
            (None, "Katherine Kwiat", "Attorney-in-Fact for Jessica A. Garascia", "2025-01-10")]


def test_attorney_for_a_person_alone_and_no_one_as_before() -> None:
    # (the neighbours: the person's name ends the line; "pursuant to a Power of Attorney"
    # for no one named; the signature as filed)
    assert _kwiat("/s/ Katherine Kwiat, Attorney-in-Fact for Jessica A. Garascia") == [
        (None, "Katherine Kwiat", "Attorney-in-Fact for Jessica A. Garascia", "2025-01-10")]
    assert _kwiat("/s/ Katherine Kwiat, pursuant to a Power of Attorney") == [
        (None, "Katherine Kwiat", "Attorney-in-Fact", "2025-01-10")]
    assert _signers(edited_record(_GARASCIA, {})) == [
        (None, "Katherine Kwiat", "Attorney-in-Fact", "2025-01-10")]
    # (the new rule, so that this test fails without it)
    assert _kwiat("/s/ Katherine Kwiat, Attorney-in-Fact for Jessica A. Garascia pursuant to "
                  "a Power of Attorney")[0][2] == "Attorney-in-Fact for Jessica A. Garascia"


def test_the_forms_caption_typed_as_the_signature_names_no_one() -> None:
    assert _kwiat("**Signature of Reporting Person") == []
    assert _kwiat("/s/ Jessica A. Garascia") == [
        (None, "Jessica A. Garascia", "Senior VP, GC, CAO & Secretary", "2025-01-10")]


def test_attorney_for_a_person_pursuant_to_a_power_in_a_signature_block() -> None:
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell\n    as Attorney-in-Fact for "
        "Steven L. Sinn, pursuant to a Power of Attorney\n") == (
        "Martin H. Neidell", "Attorney-in-Fact for Steven L. Sinn", "1995-05-25")
    # (the neighbours: the name ends the line; a power for no one named)
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell, Attorney-in-Fact for Steven L. "
        "Sinn\n") == ("Martin H. Neidell", "Attorney-in-Fact for Steven L. Sinn", "1995-05-25")
    assert page_america_signer(
        "*By: /s/ Martin H. Neidell\n    Martin H. Neidell\n    Attorney-in-Fact pursuant to a "
        "Power of Attorney\n") == ("Martin H. Neidell", "Attorney-in-Fact", "1995-05-25")
