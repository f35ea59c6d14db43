"""Signature blocks of round 52: the registrant's name signed "For:" or "on behalf of", a
master trust's name ending in its roman numeral, an attorney signing "for himself and as
Attorney-in-Fact", and an exhibit list typed right under the last title."""

from __future__ import annotations

from filing2json.parsers import parse
from support import CTC_DATED as _DATED
from support import CTC_JDP as _JDP
from support import CTC_PITTENGER as _PITTENGER
from support import FILINGS
from support import ctc_signatures as _ctc
from support import page_america_signer as _page_america

_CTC = "CTC COMMUNICATIONS GROUP, INC."



def test_registrant_signed_for_or_on_behalf_of() -> None:
    # sample 000 (CTC Communications 8-K, August 2000) edited: the name over the signer is
    # led by "For:" or "For and on behalf of" (foreign filers' 6-K/20-F wording); the lead
    # was kept in the name, or ("FOR AND ON BEHALF OF" on a line of its own) read as one
    for head in (f"For: {_CTC}", f"FOR:  {_CTC}", f"For and on behalf of {_CTC}",
                 f"On behalf of {_CTC}", f"FOR AND ON BEHALF OF\n                  {_CTC}"):
        assert _ctc(f"                  {head}\n" + _PITTENGER + _DATED) == [
            (_CTC, *_JDP)], head
    # (under the name, "FOR AND ON BEHALF OF THE REGISTRANT" names none: "FOR AND" was read)
    assert _ctc(f"                  {_CTC}\n\n                  FOR AND ON BEHALF OF THE "
                "REGISTRANT\n" + _PITTENGER + _DATED) == [(_CTC, *_JDP)]
    # (a name of its own holding "for" stays whole)
    assert _ctc("                  FUND FOR GOVERNMENT INVESTORS\n" + _PITTENGER + _DATED) == [
        ("FUND FOR GOVERNMENT INVESTORS", *_JDP)]


def test_master_trust_with_a_roman_numeral() -> None:
    # sample 000 edited as a credit card master trust's 8-K ("Sears Credit Account Master
    # Trust II" prints its name so): in capitals it was read, in upper and lower case the
    # cover's name was kept instead
    for name in ("Acme Credit Card Master Trust II", "ACME CREDIT CARD MASTER TRUST II",
                 "Acme Master Credit Card Trust IV"):
        assert _ctc(f"                  {name}\n" + _PITTENGER + _DATED) == [(name, *_JDP)]
    # (a financing trust typed under its parent's name is no registrant of its own)
    assert _ctc("                  Acme Capital Trust II\n" + _PITTENGER + _DATED) == [
        (_CTC, *_JDP)]


def test_attorney_for_himself_and_as_attorney_in_fact() -> None:
    # Page America's S-3/A edited: the attorney signs in his own name too, said before his
    # capacity ("for himself and as Attorney-in-Fact" was the whole title)
    for lines, title in (
            ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell, for himself and\n"
             "    as Attorney-in-Fact\n", "Attorney-in-Fact"),
            ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell\n"
             "    Individually and as Attorney-in-Fact\n", "Attorney-in-Fact"),
            ("*By:/s/ Martin H. Neidell\n    Martin H. Neidell, for himself and as\n"
             "    attorney-in-fact pursuant to powers\n    of attorney previously filed\n",
             "attorney-in-fact")):
        assert _page_america(lines) == ("Martin H. Neidell", title, "1995-05-25"), lines


def test_exhibit_list_right_under_the_title() -> None:
    # sample 000 edited: the exhibit list follows the last title with no blank line, as
    # 8-Ks typed from a word processor print it; its row was read as the title's next line
    for tail in ("Exhibit 99.1  Press release dated August 3, 2000\n",
                 "EXHIBIT NO.   DESCRIPTION\n99.1          Press release dated August 3, 2000\n",
                 "99.1  Press release dated August 3, 2000\n",
                 "Exhibit 99.1 - Press Release\n"):
        assert _ctc(f"                  {_CTC}\n" + _PITTENGER + tail + _DATED) == [
            (_CTC, *_JDP)], tail
    # (a title's own figures stay: "Senior Vice President, Region 2")
    assert _ctc(f"                  {_CTC}\n" + _PITTENGER.replace(
        "President\n", "Senior Vice President,\n                 Region 2\n") + _DATED) == [
        (_CTC, "John D. Pittenger", "Senior Vice President, Region 2", "2000-08-03")]


def test_date_run_into_the_title_of_an_html_cell() -> None:
    # Oracle's 8-K of July 2019 (a corpus filing) edited: the date typed in the title's cell
    # on a line of its own ("<BR>Date: ..."), which the cell runs into the title, the date
    # cell on the left left blank; the date was kept in the title
    path = FILINGS / "8k_2019_oraclecorp_1.txt"
    text = path.read_text().replace("Dated: July&nbsp;10, 2019", "")
    title = ">Title: Vice President, Associate General Counsel and Secretary<"
    assert title in text
    for typed, expected in ((">Title: Vice President<BR>Date: July 11, 2019<", "Vice President"),
                            (">Vice President, Secretary<BR>Dated: July 11, 2019<",
                             "Vice President, Secretary")):
        signer = parse(text.replace(title, typed).encode(), path.name)["signatures"][0]
        assert (signer["name"], signer["title"], signer["date"]) == (
            "Brian S. Higgins", expected, "2019-07-11"), typed
