"""Signature blocks of round 66b.

A 10-K's directors starred one a line for the attorney-in-fact, the "Directors" caption and its
date beside the first only ("*Tamara J. Erickson   Directors   March 27, 2001" over "*Kent F.
Hansen" ...): each starred name is a signer with the caption's title and date (was: the first
one with "Directors *Kent F. Hansen ..." for a title). PerkinElmer's 10-K405 (2001) is edited:
its directors' table re-typed as such a list, signed for by Gregory L. Summe.

A Form 4 signed by an entity, its name over (or before) the "By: /s/" of the person who signs
for it, maybe "Name:" / "Title:" under it ("ACME PARTNERS, L.P." / "By: /s/ Alan H. Foster" /
"Name: Alan H. Foster" / "Title: General Partner"): the entity is the registrant, the "Title:"
label the title (was: no registrant, no title, and no date when the labels pushed it out of
reach). Productivity Technologies' text Form 4 (2000) and Richard L. McGuirk's XML Form 4
(2024) are edited: the entity typed over or before their signatures.
"""

from __future__ import annotations

import time

import pytest
from test_sig66_round66 import _NAMES, _PKI, _SUMME, _pad, _pki_directors

from filing2json.parsers.sections.form_signatures import form_signatures
from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, edited_record

_CAPTION = "Directors" + " " * 20 + "March 27, 2001"


@pytest.mark.parametrize("star", ["*{}", "* {}", "{}*"])
@pytest.mark.parametrize("capitals", [False, True])
def test_directors_starred_one_a_line_beside_the_caption_sign(star: str,
                                                              capitals: bool) -> None:
    names = [n.upper() for n in _NAMES] if capitals else _NAMES
    starred = [star.format(n) for n in names]
    listed = _pad(starred[0], 60) + _CAPTION + "\n" + "\n".join(starred[1:])
    assert _pki_directors(f"{listed}\n{_SUMME}") == [
        *((n, "Director", "2001-03-27") for n in names),
        ("Gregory L. Summe", "Attorney-in-fact", "2001-03-26")]


def test_starred_table_rows_each_dated_stay_rows() -> None:
    # a date and title in each starred row: each row a signer of its own (as before)
    rows = "".join(f"{_pad('*' + n, 53)}Director{' ' * 32}March 27, 2001\n" for n in _NAMES[:3])
    assert _pki_directors(f"{rows}\n*{_SUMME.lstrip()}")[:3] == [
        (n, "Director", "2001-03-27") for n in _NAMES[:3]]
    # (the new rule, so that this test fails without it)
    listed = _pad("*" + _NAMES[0], 60) + _CAPTION + "\n*" + _NAMES[1]
    assert _pki_directors(f"{listed}\n{_SUMME}")[1] == (_NAMES[1], "Director", "2001-03-27")


_FORM4 = FILINGS / "4_2000_productivitytechnologi_1.txt"
_SIGNED = "SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\n"
_FOSTER = "By: /s/ Alan H. Foster\nName: Alan H. Foster\nTitle: General Partner\n"


def _form4(signed: str) -> list[tuple[str | None, ...]]:
    return [tuple(s.values()) for s in edited_record(_FORM4, {_SIGNED: signed})["signatures"]]


@pytest.mark.parametrize("entity", ["ACME PARTNERS, L.P.", "Acme Capital LLC",
                                    "Acme Holdings, Inc."])
@pytest.mark.parametrize("place", ["caption over", "caption under", "blank line between"])
def test_form4_signed_by_an_entity_signs_for_it(entity: str, place: str) -> None:
    if place == "caption over":
        signed = f"SIGNATURE OF REPORTING PERSON\n{entity}\n{_FOSTER}"
    elif place == "caption under":
        signed = f"{entity}\n{_FOSTER}**Signature of Reporting Person\n"
    else:
        signed = f"{entity}\n\n    {_FOSTER.replace(chr(10), chr(10) + '    ')}\nSIGNATURE OF " \
                 "REPORTING PERSON\n"
    assert _form4(signed) == [(entity, "Alan H. Foster", "General Partner", "2000-03-13")]


def test_form4_entity_through_its_general_partner_or_on_the_signed_line() -> None:
    # the general partner's own "By:" line between: the reporting entity over it
    assert _form4("ACME PARTNERS, L.P.\nBy: Acme GP, LLC, its general partner\n"
                  f"{_FOSTER}**Signature of Reporting Person\n") == [
        ("ACME PARTNERS, L.P.", "Alan H. Foster", "General Partner", "2000-03-13")]
    assert _form4("SIGNATURE OF REPORTING PERSON\nAcme Partners, L.P., By: /s/ Alan H. Foster,"
                  " Managing Member\n") == [
        ("Acme Partners, L.P.", "Alan H. Foster", "Managing Member", "2000-03-13")]


def test_form4_person_signing_as_themself_has_no_registrant() -> None:
    # a line of the form's table or a footnote over the signature is no entity (as before)
    assert _form4(_SIGNED) == [(None, "Alan H. Foster", None, "2000-03-13")]
    assert _form4("(1) Held through Acme Partners, L.P., of which the reporting person is the "
                  "general partner, and Acme Capital LLC\n" + _SIGNED) == [
        (None, "Alan H. Foster", None, "2000-03-13")]
    assert _form4("Explanation of Responses:\n" + _FOSTER + "SIGNATURE OF REPORTING PERSON\n")[
        0][0] is None
    assert _form4("(1) The shares are held of record by\nAcme Holdings, Inc.\n" + _FOSTER
                  + "SIGNATURE OF REPORTING PERSON\n")[0][0] is None
    # (the new rule, so that this test fails without it: the entity's line over "By:")
    assert _form4("Acme Capital LLC\n" + _FOSTER + "SIGNATURE OF REPORTING PERSON\n")[0][0] == (
        "Acme Capital LLC")


_MCGUIRK = FILINGS / "4_2024_mcguirkrichardl_1.txt"


@pytest.mark.parametrize(("signed", "title"), [
    ("ACME PARTNERS, L.P. By: /s/ Jennifer L. Gill, Name: Jennifer L. Gill, Title: General "
     "Partner", "General Partner"),
    ("ACME PARTNERS, L.P., By: /s/ Jennifer L. Gill, Managing Member", "Managing Member"),
    ("ACME PARTNERS, L.P., By: Acme GP, LLC, its general partner, By: /s/ Jennifer L. Gill, "
     "Managing Member", "Managing Member")])
def test_form4_xml_entity_before_the_mark_is_the_registrant(signed: str, title: str) -> None:
    record = edited_record(_MCGUIRK, {"/s/ Jennifer L. Gill, By Power of Attorney": signed})
    assert [tuple(s.values()) for s in record["signatures"]] == [
        ("ACME PARTNERS, L.P.", "Jennifer L. Gill", title, "2024-05-01")]


def test_form4_xml_person_signing_has_no_registrant() -> None:
    # (as before: a person's capacity for a firm after the name is the title's)
    record = edited_record(_MCGUIRK, {"/s/ Jennifer L. Gill, By Power of Attorney":
                                      "/s/ Jennifer L. Gill, Managing Member of Acme GP, LLC"})
    assert [tuple(s.values()) for s in record["signatures"]] == [
        (None, "Jennifer L. Gill", "Managing Member of Acme GP, LLC", "2024-05-01")]
    # (the new rule, so that this test fails without it)
    record = edited_record(_MCGUIRK, {"/s/ Jennifer L. Gill, By Power of Attorney":
                                      "Acme GP, LLC By: /s/ Jennifer L. Gill, Managing Member"})
    assert record["signatures"][0]["registrant"] == "Acme GP, LLC"


def test_form4_entity_lines_parse_in_linear_time() -> None:
    for run in ("Acme By " * 25000, "By: Acme, L.P.\n" * 14000, "Name: x\n" * 25000):
        text = f"{run}By: /s/ Alan H. Foster\nTitle: General Partner\n" \
               "SIGNATURE OF REPORTING PERSON\n"
        start = time.process_time()
        form_signatures(text, text, None, "4")
        xml = f"<ownerSignature><signatureName>{run.replace(chr(10), ' ')}, By: /s/ Jane Roe" \
              "</signatureName></ownerSignature>"
        form_signatures(xml, None, None, "4")
        assert time.process_time() - start < 5


# PerkinElmer's two signature tables re-typed with "|" between the cells, as a Markdown table
# ("| Signature | Title | Date |" over "|---|---|---|"), or with no "|" at the edges or no rule
_PKI_OFFICERS = [
    ("Gregory L. Summe", "Chairman of the Board, Chief Executive Officer and President "
     "(Principal Executive Officer)"),
    ("Robert F. Friel", "Senior Vice President and Chief Financial Officer (Principal "
     "Financial Officer and Principal Accounting Officer)")]
_PKI_TABLE = "<TABLE>\n<CAPTION>\n                     SIGNATURE"


def _piped(rows: list[str], edges: bool, rule: bool) -> str:
    heads = ["Signature | Title | Date", *(["--- | --- | ---"] if rule else []), *rows]
    return "".join((f"| {row} |" if edges else row) + "\n" for row in heads)


@pytest.mark.parametrize("edges", [True, False])
@pytest.mark.parametrize("rule", [True, False])
@pytest.mark.parametrize("typed", [True, False])
def test_signature_table_typed_with_pipes(edges: bool, rule: bool, typed: bool) -> None:
    text = _PKI.read_text(encoding="latin-1")
    first = text.index(_PKI_TABLE)
    first_end = text.index("</TABLE>", first) + 8
    second = text.index(_PKI_TABLE, first_end)
    second_end = text.index("</TABLE>", second) + 8
    officers = [f"By: /s/ {name} | {title} | March 26, 2001" for name, title in _PKI_OFFICERS]
    directors = [row for name in _PKI_DIRECTORS for row in (
        f"/s/ {name} | Director | March 26, 2001", *([f"{name} | |"] if typed else []))]
    record = edited_record(_PKI, {text[first:first_end]: _piped(officers, edges, rule),
                                  text[second:second_end]: _piped(directors, edges, rule)})
    assert [(s["registrant"], s["name"], s["title"], s["date"])
            for s in record["signatures"]] == [
        ("PERKINELMER, INC.", name, title, "2001-03-26")
        for name, title in [*_PKI_OFFICERS, *((n, "Director") for n in _PKI_DIRECTORS)]]


_PKI_DIRECTORS = [*_NAMES, "Gabriel Schmergel", "Michael C. Ruettgers", "Gregory L. Summe",
                  "John Larkin Thompson", "G. Robert Tod"]


def test_piped_rows_parse_in_linear_time() -> None:
    head = "Pursuant to the requirements of the Act, duly authorized.\n\nACME, INC.\n\n"
    for run in ("|" * 200000, "| a " * 50000 + "\n" + "|\n" * 50000):
        start = time.process_time()
        parse_signatures(f"{head}/s/ John Roe | Director | May 1, 2001\n{run}\n", False, [])
        assert time.process_time() - start < 5


@pytest.mark.parametrize("edges", [True, False])
def test_piped_table_with_titles_wrapped_down_their_column(edges: bool) -> None:
    # PerkinElmer's officers' table as filed (signature, typed name, a title over three lines)
    text = _PKI.read_text(encoding="latin-1")
    first = text.index(_PKI_TABLE)
    rows = ["By: /s/ GREGORY L. SUMME | Chairman of the Board, Chief Executive | March 26, 2001",
            "Gregory L. Summe | Officer and President (Principal |", " | Executive Officer) |",
            " | |", "By: /s/ ROBERT F. FRIEL | Senior Vice President and Chief | March 26, 2001",
            "Robert F. Friel | Financial Officer (Principal Financial |",
            " | Officer and Principal Accounting |", " | Officer) |"]
    piped = _piped([row.strip() for row in rows] if edges else rows, edges, True)
    record = edited_record(_PKI, {text[first : text.index("</TABLE>", first) + 8]: piped})
    assert [(s["name"], s["title"]) for s in record["signatures"][:2]] == _PKI_OFFICERS
