"""HTML table cells and press contacts, round 64b: a firm that a contact line's people share
("..., both for Acme Corp.") is theirs only, not that of a person named after it ("; or John
Roe, ..."); and a cover's item number spanning two rows (ROWSPAN="2") keeps the lone figure
under its caption.

Each test reads a real filing (Pericom's 2006 8-K, CVR Energy's 2025 SC TO-T/A), edited where
the corpus lacks the shape (the edit is said in each test).
"""

from __future__ import annotations

import time

from filing2json.parsers.sections.press_contact_vocab import ALL_OF
from filing2json.parsers.text import html_to_text
from support import FILINGS, edited_record, validate

PERICOM = FILINGS / "8k_2006_pericomsemiconductorco_3.txt"
# Pericom's 2006 8-K: PR Newswire's trailer, its two people sharing one number and one firm
_TRAILER = ("/CONTACT:  Deborah Stapleton or Alexis Pascal, +1-650-470-4234, or fax,\n"
            "+1-408-435-1100, both for Pericom Semiconductor Corporation/")
_PERICOM = "Pericom Semiconductor Corporation"


def _pericom_contacts(line: str) -> list[tuple[object, ...]]:
    (release,) = validate(edited_record(PERICOM, {_TRAILER: line}))["press_releases"]
    return [(c["name"], c["organization"], c["phone"]) for c in release["contacts"]]


def test_a_shared_firm_is_not_the_firm_of_a_person_after_it() -> None:
    # the trailer with the shared firm followed by another person, as PR Newswire prints an
    # agency's contact after the issuer's ("...; or John Roe, ..."): the people before the
    # firm are its (was: the first, or the only one, got none), the one after is not; in the
    # trailer (slashed) and in a contact block's line alike
    one = "Deborah Stapleton, +1-650-470-4234, both for {}; or John Roe, +1-212-555-0101"
    two = ("Deborah Stapleton, +1-650-470-4234, or Alexis Pascal, +1-650-470-4235, both {} {}; "
           "or John Roe, +1-212-555-0101")
    roe = ("John Roe", None, "+1-212-555-0101")
    for line in (f"/CONTACT:  {one.format(_PERICOM)}/", f"CONTACT:  {one.format(_PERICOM)}"):
        assert _pericom_contacts(line) == [
            ("Deborah Stapleton", _PERICOM, "+1-650-470-4234"), roe], line
    for joiner in ("for", "of"):
        for line in (f"/CONTACT:  {two.format(joiner, _PERICOM)}/",
                     f"CONTACT:  {two.format(joiner, _PERICOM)}"):
            assert _pericom_contacts(line) == [
                ("Deborah Stapleton", _PERICOM, "+1-650-470-4234"),
                ("Alexis Pascal", _PERICOM, "+1-650-470-4235"), roe], line
    # the one after keeps a firm of their own ("John Roe of Brunswick Group")
    line = two.format("of", _PERICOM).replace("John Roe,", "John Roe of Brunswick Group,")
    assert _pericom_contacts(f"/CONTACT:  {line}/")[2] == (
        "John Roe", "Brunswick Group", "+1-212-555-0101")
    # the trailer as filed keeps its reading
    assert _pericom_contacts(_TRAILER) == [
        ("Deborah Stapleton", _PERICOM, "+1-650-470-4234"),
        ("Alexis Pascal", _PERICOM, "+1-650-470-4234")]


def test_a_shared_firm_before_a_next_person_is_found_in_linear_time() -> None:
    # ~200 KB of "both of" runs, each closed by a ";" that names no next person
    text = "Jane Doe, 555-0100, both of Acme Corp; " * 5_000
    start = time.process_time()
    assert ALL_OF.search(text) is None
    assert ALL_OF.search(text + "or John Roe") is not None
    assert time.process_time() - start < 5


CVR = FILINGS / "sctota_2025_cvrenergyinc_1.txt"
# CVR Energy's cover: each of items 7-10 a row "7 | SOLE VOTING POWER" over a row of its
# figure, " | 0", the item number's cell empty
_STYLE = "padding-bottom: 10pt; padding-top: 1pt"
_FONT = '<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">'
_UNDER = f'<TD STYLE="border-bottom: Black 1pt solid; {_STYLE}">&nbsp;</TD>\n    '


def _cvr_cover(rowspan: bool) -> list[str]:
    """The cover's lines; `rowspan`: each item number's cell spans its figure's row too
    (ROWSPAN="2"), the figure's row printing no cell under it, as many covers are laid out."""
    text = CVR.read_text(encoding="latin-1")
    body = text[text.index("<TEXT>") : text.index("</TEXT>")]
    for n in range(7, 11) if rowspan else ():
        number = f'<TD STYLE="{_STYLE}">{_FONT}{n}</FONT></TD>'
        at = body.index(number)
        under = body.index(_UNDER, body.index("<TR", at))
        assert body.index("<TR", at) + 50 > under  # (the next row's first cell)
        body = (body[:at] + number.replace("<TD ", '<TD ROWSPAN="2" ')
                + body[at + len(number) : under] + body[under + len(_UNDER) :])
    return html_to_text(body).split("\n")


def test_a_lone_figure_under_an_item_number_spanning_two_rows_is_kept() -> None:
    # the cover edited so (see _cvr_cover): the lone "0" under "7 | SOLE VOTING POWER" sits
    # in the caption's column, as in the cover as filed, no page number (was: dropped, the
    # row's cells counted from the first column); the other figures keep that column too
    as_filed = _cvr_cover(False)
    at = as_filed.index("7\tSOLE VOTING POWER")
    assert as_filed[at : at + 8] == [
        "7\tSOLE VOTING POWER", "\t0", "8\tSHARED VOTING POWER", "\t52,070,593",
        "9\tSOLE DISPOSITIVE POWER", "\t0", "10\tSHARED DISPOSITIVE POWER", "\t52,070,593"]
    assert _cvr_cover(True) == as_filed
