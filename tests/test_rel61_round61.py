"""Press releases (round 61): a safe harbour's numbered list of risks under its lead-in.

The tests edit Sears, Roebuck's July 2004 release (corpus 8k_2004_searsroebuckandco_1.txt,
EX-99, a text release whose "Forward-Looking Statements" run its thirteen risks into one
sentence, "... differ materially include competitive conditions in retail ...; changes in
consumer confidence and spending; ...") into the shape other filers print: the sentence ends
"include, among others:" and each risk is a numbered item of its own ("1. competitive
conditions ...;"), its mark followed by blanks or a tab, the items apart or one under another.
"""

from __future__ import annotations

import time

import pytest

from filing2json.parsers.sections.press_tail import forward_looking_in, paragraphs_of
from support import FILINGS, edited_record

_SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"
_LEAD = "cause actual results to differ materially include "
_LAST = "becomes available."  # the safe harbour's last words, past the list


def _sears_listed(mark: str, gap: str, stop: str, heading: bool = True) -> str:
    """Sears's safe harbour, its risks numbered under "include, among others:"."""
    text = _SEARS.read_text(encoding="latin-1")
    start = text.index(_LEAD)
    end = text.index("  In addition, Sears typically")
    risks = [r.strip().removeprefix("and ")
             for r in " ".join(text[start + len(_LEAD) : end].split()).rstrip(".").split(";")]
    assert len(risks) == 13
    listed = "".join(f"{mark.format(n)}{risk}{stop if n < 13 else '.'}\n{gap}"
                     for n, risk in enumerate(risks, 1))
    text = f"{text[:start]}{_LEAD.rstrip()}, among others:\n\n{listed}\n{text[end:]}"
    if not heading:  # (a safe harbour printed with no heading)
        text = text.replace("    Forward-Looking Statements\n\n", "", 1)
    return text


def _fls(text: str) -> str:
    rel = edited_record(_SEARS, {_SEARS.read_text(encoding="latin-1"): text})
    return rel["press_releases"][0]["forward_looking_statements"]


@pytest.mark.parametrize("stop", [";", ""])
@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize("mark", ["{}. ", "{}.\t", "    {}.  ", "({}) ", "{})\t"])
def test_a_numbered_list_under_the_lead_in_belongs_to_the_safe_harbour(
        mark: str, gap: str, stop: str) -> None:
    # (was: the safe harbour ended at its lead-in, "... include, among others:", when the
    # items were short with no stop ("5. the outcome of pending legal proceedings", read as
    # a heading) or their marks set apart by a tab (read as a table's row); else after the
    # eighth paragraph, "7. social and political conditions ...": the items counted against
    # the limit the bullets' do not)
    fls = _fls(_sears_listed(mark, gap, stop))
    assert "differ materially include, among others:" in fls
    for n, risk in ((1, "competitive conditions"), (5, "the outcome of pending legal"),
                    (13, "general economic conditions and normal business uncertainty.")):
        assert f"\n\n{mark.format(n).strip()}" in fls
        assert f"{mark.format(n).strip()} {risk}" in fls.replace("\t", " ")
    assert fls.endswith(_LAST)
    assert "Webcast" not in fls


@pytest.mark.parametrize("mark", ["{}. ", "{}.\t"])
def test_a_headingless_safe_harbours_numbered_list_goes_on(mark: str) -> None:
    # (was: the safe harbour printed with no heading ended at its lead-in)
    fls = _fls(_sears_listed(mark, "\n", ";", heading=False))
    assert fls.startswith("This release contains guidance on third quarter")
    assert "12. the possibility of interruptions" in fls
    assert fls.endswith(_LAST)


def test_a_short_lead_in_of_its_own_over_the_numbered_list_goes_on() -> None:
    # (was: "These risks include, among others:", a paragraph of its own as short as a
    # heading, ended the safe harbour: only a bullet under it made it a lead-in)
    text = _sears_listed("{}. ", "\n", "")
    lead = ("forward looking statements.  Risks and uncertainties that may\ncause actual "
            "results to differ materially include, among others:")
    assert lead in text
    fls = _fls(text.replace(
        lead, "forward looking statements.\n\n    These risks include, among others:"))
    assert "\n\nThese risks include, among others:\n\n1. competitive conditions" in fls
    assert "\n\n13. general economic conditions" in fls
    assert fls.endswith(_LAST)


def test_numbered_paragraphs_run_long_in_linear_time() -> None:
    # (a safe harbour's lead-in over ~200 KB of numbered marks with no text after them)
    text = ("Forward-Looking Statements\n\nRisks that could cause results to differ include:"
            "\n\n" + "1.\t \t" * 40_000 + "\n\n" + "(1)  \n\n" * 5_000)
    firsts, texts = paragraphs_of(text)
    began = time.process_time()
    forward_looking_in(firsts, texts)
    assert time.process_time() - began < 5
