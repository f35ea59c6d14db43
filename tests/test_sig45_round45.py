"""Signature blocks of round 45: ditto marks in a 10-K's signature table ('"', "Do.") repeat
the title or date above them, and dates typed side by side under a blank line below two
signers side by side each date the signer above them."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, SAMPLES

_PE = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text()
_PE_REG = "PERKINELMER, INC."


def _perkinelmer(*rows: tuple[str, str, str]) -> list[tuple[Any, ...]]:
    """PerkinElmer's 10-K405 of March 2001 with its directors' table replaced by `rows`
    (signature, title, date), each over its rule and the name typed again."""
    start = _PE.index("By: /s/ TAMARA J. ERICKSON")
    end = _PE.index("</TABLE>", start)
    table = "".join(f"By: /s/ {name.upper():<32}{title:<28}{date}\n{'-' * 36}\n    {name}\n\n"
                    for name, title, date in rows)
    data = (_PE[:start] + table + _PE[end:]).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "pe.txt")["signatures"]][2:]  # (the two officers above)


@pytest.mark.parametrize("ditto", ['  "', "  ''", "Do.", "  do"])
def test_ditto_repeats_the_date_above(ditto: str) -> None:
    # PerkinElmer 2001 edited as 1990s tables print it: the date column of the rows under
    # the first holds a ditto mark
    assert _perkinelmer(("Tamara J. Erickson", "Director", "March 26, 2001"),
                        ("Kent F. Hansen", "Director", ditto)) == [
        (_PE_REG, "Tamara J. Erickson", "Director", "2001-03-26"),
        (_PE_REG, "Kent F. Hansen", "Director", "2001-03-26")]


def test_ditto_marks_for_title_and_date() -> None:
    # PerkinElmer 2001 edited: '"' under both the title and the date of the row above
    assert _perkinelmer(("Tamara J. Erickson", "Director", "March 26, 2001"),
                        ("Kent F. Hansen", '  "', '  "')) == [
        (_PE_REG, "Tamara J. Erickson", "Director", "2001-03-26"),
        (_PE_REG, "Kent F. Hansen", "Director", "2001-03-26")]


def test_a_date_of_its_own_still_wins_over_a_ditto_row() -> None:
    # PerkinElmer 2001 edited: the row after the ditto prints its own date
    assert _perkinelmer(("Tamara J. Erickson", "Director", "March 26, 2001"),
                        ("Kent F. Hansen", "Director", '  "'),
                        ("John F. Keane", "Director", "March 28, 2001")) == [
        (_PE_REG, "Tamara J. Erickson", "Director", "2001-03-26"),
        (_PE_REG, "Kent F. Hansen", "Director", "2001-03-26"),
        (_PE_REG, "John F. Keane", "Director", "2001-03-28")]


_CTC = (SAMPLES / "000_af6957f9859c0735.txt").read_text()
_CTC_BLOCK = """                 By: /s/ John D. Pittenger
                 John D. Pittenger,
                 Executive Vice President, Finance and Administration

Dated: August 3, 2000"""
_CTC_REG = "CTC COMMUNICATIONS GROUP, INC."


def _ctc(block: str) -> list[tuple[Any, ...]]:
    """Sample 000 (CTC Communications 8-K, August 2000) with its signer's lines edited."""
    assert _CTC_BLOCK in _CTC
    data = _CTC.replace(_CTC_BLOCK, block).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "000.txt")["signatures"]]


def test_dates_side_by_side_under_a_blank_line() -> None:
    # sample 000 edited: two officers side by side, each "Date:" under its own column past a
    # blank line
    assert _ctc("""By: /s/ John D. Pittenger                   By: /s/ Frederic Kunzi
    John D. Pittenger                           Frederic Kunzi
    Executive Vice President                    Chief Technology Officer

Date: August 3, 2000                        Date: August 4, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03"),
        (_CTC_REG, "Frederic Kunzi", "Chief Technology Officer", "2000-08-04")]


def test_one_date_under_signers_side_by_side_dates_both() -> None:
    # sample 000 edited: one "Dated:" under two signers side by side dates them both
    assert _ctc("""By: /s/ John D. Pittenger                   By: /s/ Frederic Kunzi
    John D. Pittenger                           Frederic Kunzi
    Executive Vice President                    Chief Technology Officer

Dated: August 3, 2000""") == [
        (_CTC_REG, "John D. Pittenger", "Executive Vice President", "2000-08-03"),
        (_CTC_REG, "Frederic Kunzi", "Chief Technology Officer", "2000-08-03")]


_APPLE = (FILINGS / "8k_2024_appleinc_1.txt").read_text()


def _apple(table: str) -> list[tuple[Any, ...]]:
    """Apple's 8-K of February 2024 with its signature table replaced by `table`."""
    start = _APPLE.index('<div style="margin-top:6pt"><table', _APPLE.index(">SIGNATURE"))
    end = _APPLE.index("</table></div>", start) + len("</table></div>")
    data = (_APPLE[:start] + table + _APPLE[end:]).encode()
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse(data, "a.txt")["signatures"]]


def test_html_ditto_cells() -> None:
    # Apple 2024 edited into a directors' table whose later rows hold ditto marks
    assert _apple("""<table><tr><td>Signature</td><td>Title</td><td>Date</td></tr>
<tr><td>/s/ Timothy D. Cook</td><td>Director</td><td>February 1, 2024</td></tr>
<tr><td>/s/ Arthur D. Levinson</td><td>"</td><td>"</td></tr>
<tr><td>/s/ Wanda Austin</td><td>Director</td><td>"</td></tr></table>""") == [
        ("Apple Inc.", "Timothy D. Cook", "Director", "2024-02-01"),
        ("Apple Inc.", "Arthur D. Levinson", "Director", "2024-02-01"),
        ("Apple Inc.", "Wanda Austin", "Director", "2024-02-01")]


def test_html_dates_side_by_side_in_a_table_of_their_own() -> None:
    # Apple 2024 edited: two officers side by side, their dates in a table under a blank
    # paragraph
    assert _apple("""<table><tr><td>/s/ Timothy D. Cook</td><td></td><td>/s/ Luca Maestri</td></tr>
<tr><td>Timothy D. Cook</td><td></td><td>Luca Maestri</td></tr>
<tr><td>Chief Executive Officer</td><td></td><td>Chief Financial Officer</td></tr></table>
<p>&nbsp;</p>
<table><tr><td>Date: February 1, 2024</td><td></td>
<td>Date: February 2, 2024</td></tr></table>""") == [
        ("Apple Inc.", "Timothy D. Cook", "Chief Executive Officer", "2024-02-01"),
        ("Apple Inc.", "Luca Maestri", "Chief Financial Officer", "2024-02-02")]


def test_table_date_wrapped_in_its_column() -> None:
    # PerkinElmer 2001 edited: the date column too narrow for the year, typed under the
    # month and day (beside the rule, or alone on its line)
    start = _PE.index("By: /s/ GREGORY L. SUMME")
    end = _PE.index("</TABLE>", start)
    rows = """By: /s/ GREGORY L. SUMME           Chairman of the Board, Chief     March 26,
-------------------------------    Executive Officer and President  2001
    Gregory L. Summe               (Principal Executive Officer)

By: /s/ ROBERT F. FRIEL            Senior Vice President            March 27,
                                                                    2001
    Robert F. Friel
"""
    data = (_PE[:start] + rows + _PE[end:]).encode()
    assert [(s["name"], s["title"], s["date"]) for s in parse(data, "pe.txt")["signatures"]][
        :2] == [("Gregory L. Summe", "Chairman of the Board, Chief Executive Officer and "
                 "President (Principal Executive Officer)", "2001-03-26"),
                ("Robert F. Friel", "Senior Vice President", "2001-03-27")]
