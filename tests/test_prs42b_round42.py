"""Press releases (round 42, the shapes the corpus has few of): Oracle's 2019 EX-99.1
(8k_2019_oraclecorp_1.txt) edited minimally into the variants wire services and filers print.
A first quote attributed to "she said" takes the one person the text before names with a
job; an HTML bold "About Acme" run into a paragraph opening "The Acme ..." keeps its "The"
in the text; a heading's stop after a legal form spelled in full ("About Acme
Corporation.") is the heading's."""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS, validate

_ORACLE = (FILINGS / "8k_2019_oraclecorp_1.txt").read_text(encoding="latin-1")
# the dateline and the quote paragraph of the release, as printed
_DATELINE = "REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; The Oracle Board"
_QUOTES = _ORACLE[_ORACLE.index("&#147;I am very pleased") : _ORACLE.index(
    "perspective.&#148; </P>") + len("perspective.&#148; </P>")]
_WELCOME = "&#147;I am very pleased to welcome Mrs.&nbsp;Fairhead to the Board,&#148; "
_ABOUT = ('<P STYLE="margin-top:18pt; margin-bottom:0pt; font-size:10pt; font-family:Times '
          'New Roman"><B>About Oracle </B></P>\n<P STYLE="margin-top:0pt; margin-bottom:0pt; '
          'font-size:10pt; font-family:Times New Roman">The Oracle Cloud')


def _release(*edits: tuple[str, str]) -> dict[str, Any]:
    """The EX-99.1 release of Oracle's filing with each (printed, replacement) applied once."""
    text = _ORACLE
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    record = validate(parse(text.encode("latin-1"), "8k_2019_oraclecorp_1.txt"))
    (rel,) = [r for r in record["press_releases"] if r["document"] == "EX-99.1"]
    return rel


def _speakers(rel: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(q["speaker"], q["role"]) for q in rel["quotes"]]


def test_the_filing_as_printed() -> None:
    rel = _release()
    assert _speakers(rel) == [
        ("Larry Ellison", "Chairman of the Board of Directors and Chief Technology Officer"),
        ("Bruce Chizen", "Chair of the Nomination and Governance Committee")]
    assert rel["about"]["company"] == "Oracle"


@pytest.mark.parametrize("pronoun", ["she said", "she added", "said she"])
def test_first_quote_by_pronoun_takes_the_person_named_with_a_job_above(pronoun: str) -> None:
    # the dateline paragraph names the CEO with her job; the quote is the release's first
    # and its attribution a pronoun (was: the quote dropped, no one resolved)
    rel = _release(
        (_DATELINE, "REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; Safra Catz, Chief "
                    "Executive Officer of Oracle, today announced that the Oracle Board"),
        (_QUOTES, f"{_WELCOME}{pronoun}. </P>"))
    assert _speakers(rel) == [("Safra Catz", "Chief Executive Officer of Oracle")]
    assert rel["quotes"][0]["text"] == "I am very pleased to welcome Mrs. Fairhead to the Board"


def test_pronoun_stays_unresolved_between_two_people() -> None:
    # two people named above: "she" could be either, so the quote is dropped
    rel = _release(
        (_DATELINE, "REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; Oracle appointed Jane "
                    "Doe as Chief Financial Officer, succeeding John Roe, who retires. The "
                    "Oracle Board"),
        (_QUOTES, f"{_WELCOME}she said. </P>"))
    assert rel["quotes"] == []


def test_pronoun_of_the_other_gender_stays_unresolved() -> None:
    # "Ms. Doe" in the text: "he" is someone else
    rel = _release(
        (_DATELINE, "REDWOOD SHORES, Calif., July&nbsp;10, 2019 &#151; Oracle appointed Jane "
                    "Doe as Chief Financial Officer. Ms. Doe joins from IBM. The Oracle Board"),
        (_QUOTES, f"{_WELCOME}he said. </P>"))
    assert rel["quotes"] == []


def test_pronoun_without_a_job_above_stays_unresolved() -> None:
    # "elected Rona A. Fairhead to the company's Board" gives her no job: no speaker
    rel = _release((_QUOTES, f"{_WELCOME}she said. </P>"))
    assert rel["quotes"] == []


def test_bold_about_heading_run_into_a_paragraph_opening_with_the() -> None:
    # '<B>About Oracle</B> The Oracle Cloud offers ...' in one paragraph (was: company
    # "Oracle The", the text from "Oracle Cloud")
    rel = _release((_ABOUT, '<P><B>About Oracle</B> The Oracle Cloud'))
    assert rel["about"]["company"] == "Oracle"
    assert rel["about"]["text"].startswith("The Oracle Cloud offers a complete suite")


@pytest.mark.parametrize(("heading", "company"), [
    ("About Oracle Corporation.", "Oracle Corporation"),
    ("About Oracle LLC.", "Oracle LLC"),
    ("About Oracle Corp.", "Oracle Corp."),
])
def test_heading_stop_after_a_legal_form_in_full(heading: str, company: str) -> None:
    # "About Acme Corporation." in bold over its paragraph: the stop is the heading's
    # (was: "Oracle Corporation."); an abbreviation keeps it ("Corp.")
    rel = _release((_ABOUT, _ABOUT.replace("About Oracle ", heading)))
    assert rel["about"]["company"] == company


def test_run_in_heading_stop_after_a_legal_form_in_full() -> None:
    # "About Oracle Corporation. Oracle Corporation is ..." run into one paragraph
    rel = _release((_ABOUT, '<P><B>About Oracle Corporation.</B> Oracle Corporation is a '
                            'cloud company. The Oracle Cloud'))
    assert rel["about"]["company"] == "Oracle Corporation"
    assert rel["about"]["text"].startswith("Oracle Corporation is a cloud company.")
