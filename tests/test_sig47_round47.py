"""Signature blocks of round 47: two registrants' names in capitals stacked over one signer
where the header names one filer, signers over lines left blank (bare or "By: ____", side by
side) with their names typed under them, and a table's "By:" left unsigned beside its title."""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import CTC_SAMPLE, CTC_SIGNATURE_BLOCK, FILINGS

_CTC_REG = "CTC COMMUNICATIONS GROUP, INC."


def _ctc(block: str) -> list[tuple[Any, ...]]:
    """Sample 000 (CTC Communications 8-K, August 2000; one filer in its header) with its
    signature block replaced by `block`."""
    assert CTC_SIGNATURE_BLOCK in CTC_SAMPLE
    data = CTC_SAMPLE.replace(CTC_SIGNATURE_BLOCK, block).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "000.txt")["signatures"]]


def test_two_registrants_in_capitals_over_one_signer() -> None:
    # sample 000 edited as LG&E and KU's joint 8-Ks print their block: two utilities' names
    # one over the other over one "By: /s/" signer
    assert _ctc("""                  LOUISVILLE GAS AND ELECTRIC COMPANY
                  KENTUCKY UTILITIES COMPANY

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000""") == [
        ("LOUISVILLE GAS AND ELECTRIC COMPANY", "John D. Pittenger",
         "Executive Vice President, Finance and Administration", "2000-08-03"),
        ("KENTUCKY UTILITIES COMPANY", "John D. Pittenger",
         "Executive Vice President, Finance and Administration", "2000-08-03")]


def test_one_name_over_two_lines_is_still_one_registrant() -> None:
    # sample 000 edited: the registrant's name wrapped before its company word
    assert _ctc("""                  CTC COMMUNICATIONS
                  GROUP, INC.

                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President, Finance and Administration",
         "2000-08-03")]


def test_signers_side_by_side_over_blank_rules() -> None:
    # sample 000 edited as 1990s text 8-Ks print two officers: rules left to sign on, the
    # names and titles typed under them, no "By:" or "/s/"
    assert _ctc("""                  CTC COMMUNICATIONS GROUP, INC.


     ----------------------------          ----------------------------
     John D. Pittenger                     Frederic Kunzi
     Executive Vice President              Chief Technology Officer

Dated: August 3, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03"),
        (_CTC_REG, "Frederic Kunzi", "Chief Technology Officer", "2000-08-03")]


def test_blank_by_lines_side_by_side_and_a_date_left_of_them() -> None:
    # sample 000 edited: "By: ____" twice on a row, then underscores with the date left of them
    assert _ctc("""                  CTC COMMUNICATIONS GROUP, INC.


     By: __________________________        By: __________________________
     John D. Pittenger                     Frederic Kunzi
     Executive Vice President              Chief Technology Officer

Dated: August 3, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03"),
        (_CTC_REG, "Frederic Kunzi", "Chief Technology Officer", "2000-08-03")]
    assert _ctc("""                  CTC COMMUNICATIONS GROUP, INC.


Date: August 3, 2000        ____________________________
                            John D. Pittenger
                            Executive Vice President""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03")]


def test_no_signer_under_a_witness_line_or_a_caption() -> None:
    # sample 000 edited: a witness's blank line, and a rule over the "(Signature)" caption
    assert _ctc("""                  CTC COMMUNICATIONS GROUP, INC.

                 By: /s/ John D. Pittenger
                 John D. Pittenger, Executive Vice President

WITNESS:

     ----------------------------
     Mary Jones

Dated: August 3, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03")]
    assert _ctc("""                  CTC COMMUNICATIONS GROUP, INC.

                 By: /s/ John D. Pittenger
                 John D. Pittenger, Executive Vice President

     ----------------------------
     (Signature)

Dated: August 3, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03")]


_PE = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text()


def test_unsigned_by_beside_its_title_in_a_table() -> None:
    # PerkinElmer's 10-K405 of March 2001: a director's row left unsigned ("By:" with no
    # name, "Director" in the title column), the name typed under the rule
    start = _PE.index("By: /s/ KENT F. HANSEN")
    end = _PE.index("Kent F. Hansen", start)
    row = "By:" + " " * 50 + "Director" + " " * 32 + "March 26, 2001\n" + "-" * 50 + "\n    "
    data = (_PE[:start] + row + _PE[end:]).encode()
    found = [(s["name"], s["title"], s["date"]) for s in parse(data, "pe.txt")["signatures"]]
    assert ("Kent F. Hansen", "Director", "2001-03-26") in found
    assert not any(name == "Director" for name, _, _ in found)
