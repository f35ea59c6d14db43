"""Press releases (round 57): where the safe harbour ends, which safe harbour is read, and
About headings with trademark signs.

The tests edit real releases into shapes other filers print:

- Pericom Semiconductor's January 2007 release (corpus 8k_2007_pericomsemiconductorco_2.txt,
  EX-99.1, a text release whose safe harbour "This press release contains forward-looking
  statements ..." follows "About Pericom"): a heading is set over the safe harbour, and a
  merger partner's or Pericom's own standing paragraph is printed under it with no heading,
  as merger and 1990s releases print them; or its "About Pericom" heading is given a
  trademark sign, a footnote star or a dash, or run into its paragraph;
- Apple's February 2024 release (corpus 8k_2024_appleinc_1.txt, EX-99.1, HTML: the safe
  harbour, then Apple's About with no heading): a heading is set over the safe harbour or
  run into Apple's About, or an outlook sentence saying "forward-looking statements" is added
  to the body.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.press_release import parse_press_release
from support import FILINGS

_PERICOM = "8k_2007_pericomsemiconductorco_2.txt"
_PERICOM_FLS = "This press release contains forward-looking statements as defined under The"
_PERICOM_FLS_END = "the risk factors sections\nof those filings.\n"
_PERICOM_BODY_END = "An archived webcast replay will be available on the web site for 12 months."


def _release(name: str, *edits: tuple[str, str]) -> dict[str, Any]:
    """The first release of the corpus filing ``name`` with each (old, new) edit made."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    for old, new in edits:
        assert old in raw, old
        raw = raw.replace(old, new, 1)
    return parse(raw.encode("utf-8"), name)["press_releases"][0]


def _pericom(*edits: tuple[str, str]) -> dict[str, Any]:
    return _release(_PERICOM, *edits)


# standing paragraphs printed under the safe harbour with no heading: a merger partner's that
# speaks of its customers' risks or changing markets, and Pericom's own led by its size
_UNDER = [
    "Beta Systems, Inc. is a leading provider of software that helps banks\n"
    "manage the risks of their lending portfolios.",
    "Beta Systems, Inc., based in Fremont, California, is one of the leading\n"
    "providers of optical modules, and serves customers who face changing markets.",
    "With fiscal 2006 sales of $105 million, Pericom Semiconductor Corporation\n"
    "is a leading supplier of interface circuits, headquartered in San Jose.",
]
_HEADINGS = [
    "Forward-Looking Statements",
    "Cautionary Note Regarding Forward-Looking Statements",
    "Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995",
    "Forward-Looking Information",
    "CAUTIONARY STATEMENT",
]


@pytest.mark.parametrize("heading", _HEADINGS)
@pytest.mark.parametrize("under", _UNDER)
def test_a_headed_safe_harbour_ends_at_a_standing_paragraph_under_it(heading: str,
                                                                     under: str) -> None:
    # (was: the standing paragraph read as the safe harbour's)
    rel = _pericom((_PERICOM_FLS, f"{heading}\n\n{_PERICOM_FLS}"),
                   (_PERICOM_FLS_END, f"{_PERICOM_FLS_END}\n{under}\n"))
    fls = rel["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements")
    assert fls.endswith("the risk factors sections of those filings.")
    assert rel["about"]["company"] == "Pericom"
    assert rel["body"].endswith(_PERICOM_BODY_END)


def test_a_long_safe_harbour_heading_over_its_rule_is_no_part_of_it() -> None:
    # the Act's heading underlined by a rule as long as itself (1990s text): the rule ends
    # no wrapped line, so the safe harbour's text does not run on from it (was: the heading
    # and rule read as the safe harbour's first words)
    heading = "Safe Harbor Statement under the Private Securities Litigation Reform Act of 1995"
    rel = _pericom((_PERICOM_FLS, f"{heading}\n{'-' * len(heading)}\n\n{_PERICOM_FLS}"))
    assert rel["forward_looking_statements"].startswith("This press release contains")


@pytest.mark.parametrize("under", _UNDER[:2])
def test_a_headingless_safe_harbour_ends_at_a_partners_standing_paragraph(under: str) -> None:
    # the partner's paragraph speaks of risks or changing markets, as a safe harbour's next
    # paragraph may, but opens as a standing one does (was: read as the safe harbour's)
    rel = _pericom((_PERICOM_FLS_END, f"{_PERICOM_FLS_END}\n{under}\n"))
    assert rel["forward_looking_statements"].endswith(
        "the risk factors sections of those filings.")


def test_a_safe_harbours_own_paragraph_opening_as_a_company_stays() -> None:
    # a later paragraph of the safe harbour that opens with a company "is ..." but says a
    # safe harbour's stock phrases stays in it; the partner's paragraph under it does not
    more = ("Pericom Semiconductor Corporation is a party to agreements whose terms are "
            "subject to risks and uncertainties, and undertakes no obligation to update them.")
    rel = _pericom((_PERICOM_FLS, f"Forward-Looking Statements\n\n{_PERICOM_FLS}"),
                   (_PERICOM_FLS_END, f"{_PERICOM_FLS_END}\n{more}\n\n{_UNDER[0]}\n"))
    assert rel["forward_looking_statements"].endswith(more)


_APPLE = "8k_2024_appleinc_1.txt"
_APPLE_FLS = "This press release contains forward-looking statements, within the meaning"
_APPLE_FLS_END = "which speak only as of the date they are made."
_APPLE_ABOUT = "Apple revolutionized personal technology with the introduction of the Macintosh"
_APPLE_OUTLOOK = "The webcast will be available for replay for approximately two weeks thereafter."
_OUTLOOK_SENTENCE = (" These forward-looking statements about the call involve risks and "
                     "uncertainties.")
_BREAK = "</font></div><div><font><br></font></div><div><font>"


def _apple(*edits: tuple[str, str]) -> dict[str, Any]:
    return _release(_APPLE, *edits)


@pytest.mark.parametrize("heading", ["Forward-Looking Statements", "Cautionary Statement"])
def test_a_headed_safe_harbour_ends_at_the_companys_headingless_about(heading: str) -> None:
    # Apple's About ("Apple revolutionized ...") printed with no heading under a headed safe
    # harbour (was: no About, and Apple's paragraph the safe harbour's last)
    rel = _apple((_APPLE_FLS, heading + _BREAK + _APPLE_FLS))
    assert rel["forward_looking_statements"].endswith(_APPLE_FLS_END)
    assert rel["about"]["company"] == "Apple"
    assert rel["about"]["text"].startswith(_APPLE_ABOUT)


@pytest.mark.parametrize("heading", [None, "Cautionary Statement", "CAUTIONARY STATEMENT"])
def test_the_safe_harbour_beats_an_outlook_sentence_in_the_body(heading: str | None) -> None:
    # an outlook sentence in the body says "forward-looking statements"; the safe harbour
    # printed below (with no heading, "This press release contains ...", or under a
    # "Cautionary Statement" heading) is the one (was: the body's sentence, the body cut
    # there and "Apple periodically provides ..." read as the About)
    edits = [(_APPLE_OUTLOOK, _APPLE_OUTLOOK + _OUTLOOK_SENTENCE)]
    if heading:
        edits.append((_APPLE_FLS, heading + _BREAK + _APPLE_FLS))
    rel = _apple(*edits)
    assert rel["forward_looking_statements"].startswith(_APPLE_FLS)
    assert rel["forward_looking_statements"].endswith(_APPLE_FLS_END)
    assert rel["body"].endswith("details related to its annual meeting of shareholders.")
    assert _OUTLOOK_SENTENCE.strip() in rel["body"]
    assert rel["about"]["text"].startswith(_APPLE_ABOUT)


@pytest.mark.parametrize("heading", ["Cautionary Statement", "Forward-Looking Statements"])
def test_a_run_in_safe_harbour_heading_beats_an_outlook_sentence(heading: str) -> None:
    # the same, the safe harbour's heading run into its text and the Act not cited
    rel = _apple((_APPLE_OUTLOOK, _APPLE_OUTLOOK + _OUTLOOK_SENTENCE),
                 (_APPLE_FLS, f"<b>{heading}:</b> {_APPLE_FLS}"),
                 (", within the meaning of the Private Securities Litigation Reform Act of 1995",
                  ""))
    assert rel["forward_looking_statements"].startswith(f"{heading}: This press release")
    assert _OUTLOOK_SENTENCE.strip() in rel["body"]


_ABOUT_PERICOM = "About Pericom\n\nPericom Semiconductor Corporation (NASDAQ: PSEM)"


@pytest.mark.parametrize("heading", ["About Pericom(R). ", "About Pericom\u2122. ",
                                     "About Pericom\u00ae ", "About Pericom(R) "])
def test_a_run_in_about_heading_with_a_trademark_sign(heading: str) -> None:
    # the About heading in bold run into its paragraph, a trademark sign after the name
    # (was: the heading read up to the ticker's colon, "Pericom(R). Pericom Semiconductor
    # Corporation (NASDAQ" its company)
    rel = _pericom((_ABOUT_PERICOM, heading + _ABOUT_PERICOM.split("\n\n")[1]))
    assert rel["about"]["company"] == "Pericom"
    assert rel["about"]["text"].startswith("Pericom Semiconductor Corporation (NASDAQ: PSEM)")
    assert rel["body"].endswith(_PERICOM_BODY_END)


@pytest.mark.parametrize("heading", ["<b>About Apple<sup>&#174;</sup></b> ",
                                     "<b>About Apple(R)</b> "])
def test_a_run_in_about_heading_whose_name_is_printed_twice(heading: str) -> None:
    # Apple's About headed in bold run into its paragraph, which opens with no standing
    # verb ("Apple revolutionized ..."): the name printed twice in a row is the heading's
    # (was: no About)
    rel = _apple((_APPLE_ABOUT, heading + _APPLE_ABOUT))
    assert rel["about"]["company"] == "Apple"
    assert rel["about"]["text"].startswith(_APPLE_ABOUT)
    assert rel["forward_looking_statements"].endswith(_APPLE_FLS_END)


@pytest.mark.parametrize("heading", ["About Pericom*", "About Pericom -", "ABOUT PERICOM(R) --"])
def test_an_about_headings_footnote_star_or_dash_is_no_part_of_the_name(heading: str) -> None:
    # (was: "Pericom*", "Pericom -")
    rel = _pericom(("About Pericom\n", heading + "\n"))
    assert rel["about"]["company"] in ("Pericom", "PERICOM")


def test_a_long_run_of_standing_openings_under_a_safe_harbour_is_fast() -> None:
    # a pathological tail: 200 KB of "With ..., Acme is a ..." paragraphs under the safe
    # harbour (each read by _standing_after) parses in linear time
    text = ("Acme Corp. Reports Results\n\nAUSTIN, Texas, Oct. 20, 2015 -- Acme Corp. today "
            "reported revenue of $120 million.\n\nForward-Looking Statements\n\nThis press "
            "release contains forward-looking statements that involve risks and "
            "uncertainties, and actual results may differ materially.\n\n"
            + "With With With, Beta Beta, Inc., based in X, Y, Z, a b c, is a " * 3000)
    start = time.process_time()
    parse_press_release(text, "EX-99.1")
    assert time.process_time() - start < 5
