"""Press-release quotes (round 56): a job naming its firm printed before the speaker's name
("Chief Executive Officer of Teltrend A.G. Howard Kirby"), legal forms in dotted lower case
("S.p.A.", "S.r.l."), the comma of a quote interrupted by its attribution, two executives
quoted in turn and called "he" and "she", and a firm quoted bare.

The tests use Westell's 1999 8-K on its Teltrend merger, Asta Funding's 2005 8-K and Home
Health Corporation of America's 1997 8-K on its U.S. HomeCare merger (corpus filings), edited
into the shapes other releases print where the corpus lacks them (each edit named).
"""

from __future__ import annotations

import time

import pytest
from test_prsq45_round45 import _KIRBY, _KIRBY_SAID, _quotes
from test_prsq51_round51 import _ZIONTS, _ZIONTS_SAID

from filing2json.parsers import parse
from filing2json.parsers.sections.press_quotes import find_quotes
from support import FILINGS

_PLEASED = "Teltrend is very pleased to join the Westell team"
_BRINGS = "Teltrend brings outstanding products"
_JOB = "Chairman and Chief Executive Officer"  # (Kirby's, before "of Teltrend")
HHCA = "8k_1997_homehealthcorpofameric_2.txt"
_FELDMAN = "said Bruce Feldman, CEO of HHCA."
_HUFFARD_END = "as well as to enhance our shareholder\nvalue.\"\n"
_CLOSE = '"We expect the merger to close by December 31, 1997," '


@pytest.mark.parametrize("form", ["A.G.", "N.V.", "S.A.", "S.p.A.", "Inc.", "Ltda."])
def test_a_job_naming_its_firm_before_the_name_is_the_role(form: str) -> None:
    # Kirby's attribution and Zionts's lead-in printed job first, the firm's legal form
    # right before the name (was: "A.G." read as a sentence's end, the quote dropped or its
    # role lost; "Inc. Howard Kirby" no name at all)
    firm = f"Teltrend {form}"
    quotes = _quotes(_KIRBY_SAID, f"stated {_JOB} of {firm} Howard Kirby.")
    assert quotes[2][:2] == (_KIRBY[0], f"{_JOB} of {firm}")
    assert quotes[2][2].startswith(_PLEASED)
    quotes = _quotes(_ZIONTS_SAID, f"Chief Executive Officer of Westell {form} Marc Zionts "
                     "stated that")
    assert quotes[0][:2] == (_ZIONTS[0], f"{_ZIONTS[1]} {form}")
    assert quotes[0][2].startswith(_BRINGS)
    # (a job after a name's comma still ends before the next name, another speaker's:
    # "said Howard Kirby, CEO of Teltrend A.G. John Roe, CFO, added")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of {firm} John Roe, "
                     "Chief Financial Officer, welcomed the merger.")
    assert quotes[2][:2] == (_KIRBY[0], f"{_JOB} of {firm}")


@pytest.mark.parametrize("form", ["S.p.A.", "S.r.l.", "Pty. Ltd."])
def test_a_legal_form_in_dotted_lower_case_keeps_its_stop(form: str) -> None:
    # (was: "of Teltrend S.p.A" without the stop, and "Teltrend S.p.A. Chief Executive
    # Officer Howard Kirby" no quote)
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of Teltrend {form}")
    assert quotes[2][:2] == (_KIRBY[0], f"{_JOB} of Teltrend {form}")
    quotes = _quotes(_KIRBY_SAID, f"stated Howard Kirby, {_JOB} of Teltrend {form} The "
                     "merger is expected to close soon.")
    assert quotes[2][:2] == (_KIRBY[0], f"{_JOB} of Teltrend {form}")
    quotes = _quotes(_KIRBY_SAID, f"stated Teltrend {form} Chief Executive Officer Howard "
                     "Kirby.")
    assert quotes[2][:2] == (_KIRBY[0], f"Teltrend {form} Chief Executive Officer")


def _asta_quote(old: str = "", new: str = "") -> str:
    """The text of Mr. Stern's interrupted quote in Asta Funding's 2005 release."""
    text = (FILINGS / "8k_2005_astafundinginc_5.txt").read_text(encoding="latin-1")
    assert old in text
    release = parse(text.replace(old, new, 1).encode("latin-1"), "a.txt")["press_releases"][0]
    return next(q["text"] for q in release["quotes"] if "metrics" in q["text"])


def test_the_comma_setting_off_an_interrupting_attribution_is_dropped() -> None:
    # '"Our financial metrics," Mr. Stern added, "are strong ...': the quote as the
    # sentence reads (was: "Our financial metrics, are strong")
    assert _asta_quote().startswith(
        "Our financial metrics are strong with cash collections in the quarter of $43.5")
    # (the same quote edited to break where the sentence has a comma of its own: it stays)
    old = '"Our financial metrics," Mr. Stern added, "are strong with'
    new = '"Our financial metrics are strong," Mr. Stern added, "and we had'
    assert _asta_quote(old, new).startswith(
        "Our financial metrics are strong, and we had cash collections in the quarter")


def _hhca(*edits: tuple[str, str]) -> list[tuple[str, str | None, str]]:
    """Home Health Corporation of America's merger release with ``edits`` made."""
    text = (FILINGS / HHCA).read_text(encoding="latin-1")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    releases = parse(text.encode("latin-1"), HHCA)["press_releases"]
    quotes = next(r["quotes"] for r in releases if r["quotes"])
    return [(q["speaker"], q["role"], q["text"]) for q in quotes]


@pytest.mark.parametrize("known", [
    f'{_HUFFARD_END}\n"We will grow together," he added.\n',  # Huffard called "he"
    f"{_HUFFARD_END}\nMr. Huffard will join the board of HHCA.\n",
])
def test_she_after_a_man_quoted_last_is_the_woman_quoted_before(known: str) -> None:
    # HHCA's CEO edited into a woman ("Brenda Feldman"), and a quote by "she" added after
    # Huffard's, who the text calls "he" or "Mr. Huffard" (was: Huffard's quote)
    quotes = _hhca((_FELDMAN, "said Brenda Feldman, CEO of HHCA."),
                   (_HUFFARD_END, f"{known}\n{_CLOSE}she said.\n"))
    assert quotes[-1] == ("Brenda Feldman", "CEO of HHCA",
                          "We expect the merger to close by December 31, 1997")
    # (as printed; with no word of Huffard's sex, "Jay" is a man's name (round 57), so "she"
    # is still the one woman, Brenda Feldman)
    assert [q[:2] for q in _hhca()] == [("Bruce Feldman", "CEO of HHCA"),
                                         ("Jay Huffard", "Chairman and CEO of USHO")]
    quotes = _hhca((_FELDMAN, "said Brenda Feldman, CEO of HHCA."),
                   (_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}she said.\n"))
    assert quotes[-1][0] == "Brenda Feldman"


def test_he_after_a_woman_quoted_last_is_the_man_quoted_before() -> None:
    # USHO's CEO edited into "Ms. Huffard": "he" is Feldman
    quotes = _hhca(("Jay Huffard, Chairman", "Jane Huffard, Chairman"),
                   (_HUFFARD_END, f"{_HUFFARD_END}\nMs. Huffard will join the board of HHCA."
                    f"\n\n{_CLOSE}he said.\n"))
    assert quotes[-1][:2] == ("Bruce Feldman", "CEO of HHCA")


def test_a_firm_quoted_bare_by_an_industry_name_gives_no_speaker() -> None:
    # a partner firm's statement added after Huffard's ('"...," Contoso Robotics said.'):
    # no person (was: speaker "Contoso Robotics")
    for said in ("Contoso Robotics said.", "said Contoso Robotics."):
        quotes = _hhca((_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}{said}\n"))
        assert [q[0] for q in quotes] == ["Bruce Feldman", "Jay Huffard"], said
    # (a person's name is still one: "said Jane Robotics" would be, given name first)
    quotes = _hhca((_HUFFARD_END, f"{_HUFFARD_END}\n{_CLOSE}said Jane Foods, CFO.\n"))
    assert quotes[-1][:2] == ("Jane Foods", "CFO")


def test_long_runs_of_jobs_and_forms_parse_fast() -> None:
    # ~200 KB of job-firm-form runs before names and quotes: linear
    unit = ('Chief Executive Officer of Acme A.G. Jane Doe said, "We grew." President of '
            'Beta S.p.A. ')
    text = unit * (200_000 // len(unit))
    start = time.process_time()
    find_quotes(text)
    find_quotes(text.replace(". ", " "))
    assert time.process_time() - start < 5
