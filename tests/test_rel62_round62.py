"""Round 62 (press-release About and contacts): a numbered list the About's text leads into
("... through two businesses:" / "1. Integrated Circuits") stays with it; a department after
the head of the release's company's name ("Pericom Investor Relations") is the role, in one
column or two."""

from __future__ import annotations

import time

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.press_about import find_about
from support import FILINGS

# Pericom's 2007 release: its About's paragraph, as printed (the lines edited below)
_PERICOM_2007 = FILINGS / "8k_2007_pericomsemiconductorco_2.txt"
_ABOUT_LINES = b"""Communications and Consumer market segments. Our broad portfolio of leading-edge
analog, digital, and mixed-signal integrated circuits and SaRonix frequency
control products are essential in the timing, transferring, routing, and
translating of high-speed signals as required by today's ever-increasing speed
and bandwidth demanding applications. Company headquarters are in San Jose,
Calif., with design centers and sales offices located globally.
"""
_LEAD = ("Pericom Semiconductor Corporation (NASDAQ: PSEM) offers customers worldwide the"
         " industry's most complete silicon and quartz-based solutions for the Computing,"
         " Communications and Consumer market segments through its businesses")
_HQ = ("Company headquarters are in San Jose, Calif., with design centers and sales offices"
       " located globally.")
_HQ_LINES = ("Company headquarters are in San Jose, Calif., with design centers and sales\n"
             "offices located globally.\n")  # (wrapped as printed: the web address apart)
_SITE = "http://www.pericom.com"
_SHORT = ["Integrated Circuits", "Frequency Control Products", "Quartz Crystals",
          "Oscillators", "Design Services"]
_LONG = ["analog, digital, and mixed-signal integrated circuits for the timing,\n"
         "transferring, routing, and translating of high-speed signals;",
         "SaRonix frequency control products for today's ever-increasing speed and\n"
         "bandwidth demanding applications;",
         "quartz crystals for consumer electronics;",
         "oscillators for communications equipment."]


def _about(lead_end: str, mark: str, items: list[str]) -> dict | None:
    """The About of Pericom's 2007 release with its paragraph edited into a lead-in (ending
    ``lead_end``) over ``items`` numbered by ``mark``, each a paragraph, then
    the headquarters' sentence, as other filers list their businesses."""
    rows = ["Communications and Consumer market segments through its businesses" + lead_end]
    rows += ["\n" + mark.format(k) + item for k, item in enumerate(items, 1)]
    new = "\n".join(rows) + "\n\n" + _HQ_LINES
    data = _PERICOM_2007.read_bytes()
    assert data.count(_ABOUT_LINES) == 1
    record = parse(data.replace(_ABOUT_LINES, new.encode()), str(_PERICOM_2007))
    return record["press_releases"][0]["about"]


def _listed(lead_end: str, mark: str, items: list[str]) -> str:
    return "\n\n".join([_LEAD + lead_end] + [
        mark.format(k) + item.replace("\n", " ") for k, item in enumerate(items, 1)]
        + [_HQ, _SITE])


@pytest.mark.parametrize("mark", ["{}. ", "({}) ", "{})  "])
@pytest.mark.parametrize("lead_end", [":", ""])
def test_short_numbered_items_under_the_about_s_lead_in_stay_with_it(
        lead_end: str, mark: str) -> None:
    # (was: the About cut at "1. Integrated Circuits", read as a heading)
    text = _listed(lead_end, mark.replace("  ", " "), _SHORT)
    if not lead_end and mark[0] != "(":
        # (a sentence running on past a blank line, as a page break parts it, is one
        # paragraph: the first item stays on the lead-in's)
        text = text.replace("businesses\n\n1", "businesses 1")
    assert _about(lead_end, mark, _SHORT) == {"company": "Pericom", "text": text}


@pytest.mark.parametrize("mark", ["{}. ", "({}) "])
def test_long_numbered_items_do_not_count_against_the_about_s_paragraphs(mark: str) -> None:
    # (was: the fourth item, the headquarters' sentence and the web address lost)
    assert _about(":", mark, _LONG) == {"company": "Pericom",
                                        "text": _listed(":", mark, _LONG)}


def test_numbers_run_into_the_lead_in_go_on_below_it() -> None:
    # the first item printed on the lead-in's line: the rest follow it (was: cut after it)
    data = _PERICOM_2007.read_bytes()
    new = ("Communications and Consumer market segments through its businesses: 1. Integrated\n"
           "Circuits\n\n2. Frequency Control Products\n\n3. Quartz Crystals\n\n" + _HQ_LINES)
    record = parse(data.replace(_ABOUT_LINES, new.encode()), str(_PERICOM_2007))
    assert record["press_releases"][0]["about"]["text"] == "\n\n".join([
        _LEAD + ": 1. Integrated Circuits", "2. Frequency Control Products",
        "3. Quartz Crystals", _HQ, _SITE])


def test_a_long_numbered_about_parses_in_linear_time() -> None:
    items = "".join(f"\n\n{k % 99 + 1}. Integrated Circuits" for k in range(12000))
    text = "About Acme\n\nAcme Robotics, Inc. makes:" + items + "\n"
    started = time.process_time()
    find_about(text)
    assert time.process_time() - started < 5


# ---- contacts -------------------------------------------------------------------------------

_PERICOM_2006 = FILINGS / "8k_2006_pericomsemiconductorco_4.txt"
# Pericom's 2006 block as printed
_BLOCK = (b"CONTACT:\nPericom Semiconductor Corporation\nAlex Hui/Angela Chen\n"
          b"Tel: 408-435-0800\nahui@pericom.com/achen@pericom.com\n")


def _contacts(new: str) -> list[tuple[str | None, ...]]:
    """(name, organisation, role, phone) of each contact of Pericom's 2006 8-K with its
    contact block edited into ``new``."""
    data = _PERICOM_2006.read_bytes()
    assert data.count(_BLOCK) == 1
    record = parse(data.replace(_BLOCK, new.encode()), str(_PERICOM_2006))
    return [(c["name"], c["organization"], c["role"], c["phone"])
            for pr in record["press_releases"] for c in pr["contacts"]]


@pytest.mark.parametrize("desk", ["Pericom", "Pericom Semiconductor"])
@pytest.mark.parametrize("order", ["name first", "desk first"])
def test_a_department_after_the_head_of_the_company_s_name_is_the_role(
        desk: str, order: str) -> None:
    # the block edited into one person and her company's desk with no legal form, as other
    # filers print it (was: "Pericom Investor Relations" the organisation, no role)
    rows = ["Alex Hui", f"{desk} Investor Relations"]
    if order == "desk first":
        rows.reverse()
    assert _contacts("CONTACT:\n" + "\n".join(rows) + "\nTel: 408-435-0800\n") == [
        ("Alex Hui", desk, "Investor Relations", "408-435-0800")]


def test_only_the_head_of_the_company_s_name_gives_its_department() -> None:
    assert _contacts("CONTACT:\nAlex Hui\nPERICOM Investor Relations\nTel: 408-435-0800\n"
                     ) == [("Alex Hui", "PERICOM", "Investor Relations", "408-435-0800")]
    # a firm named for a department that is not the company's stays whole
    assert _contacts("CONTACT:\nAlex Hui\nIntegrated Corporate Relations\nTel: 408-435-0800\n"
                     ) == [("Alex Hui", "Integrated Corporate Relations", None, "408-435-0800")]
    # a word the company's name holds but does not open with: no head of its name
    assert _contacts("CONTACT:\nAlex Hui\nSemiconductor Investor Relations\n"
                     "Tel: 408-435-0800\n") == [
        ("Alex Hui", "Semiconductor Investor Relations", None, "408-435-0800")]


def test_two_columns_under_their_own_headings_keep_their_own_roles() -> None:
    # the block edited into two columns under "Investor Relations Contact:" and "Media
    # Contact:", as other filers print them: the company's desk gives its own role, the
    # agency's person keeps her column's heading
    rows = [("Investor Relations Contact:", "Media Contact:"), ("Alex Hui", "Angela Chen"),
            ("Pericom Investor Relations", "Edelman"), ("408-435-0800", "212-555-1100")]
    assert _contacts("".join(f"{left:<40}{right}\n" for left, right in rows)) == [
        ("Alex Hui", "Pericom", "Investor Relations", "408-435-0800"),
        ("Angela Chen", "Edelman", "Media Contact", "212-555-1100")]


# ---- an About whose text opens on its heading's line ---------------------------------------

_SEARS_2004 = FILINGS / "8k_2004_searsroebuckandco_1.txt"
_SEARS_ABOUT = "    About Sears\n\n    Sears, Roebuck and Co. is"
_SEARS_LAST = "services with more than 14 million service calls made annually."


def _sears_about(heading: str, below: str = "") -> str:
    """The About's text of Sears' 2004 release with its heading run into its text as
    ``heading`` (and ``below`` printed under its last line)."""
    raw = _SEARS_2004.read_bytes().decode("latin-1")
    assert raw.count(_SEARS_ABOUT) == 1 and raw.count(_SEARS_LAST) == 1
    raw = raw.replace(_SEARS_ABOUT, heading).replace(_SEARS_LAST, _SEARS_LAST + below)
    return parse(raw.encode(), str(_SEARS_2004))["press_releases"][0]["about"]["text"]


@pytest.mark.parametrize("heading", [
    "    About Sears - Sears, Roebuck and Co. is",
    "    About Sears: Sears, Roebuck and Co. is",
    "    About Sears. Sears, Roebuck and Co. is",
])
def test_the_paragraphs_under_a_run_in_about_are_its_second_and_later(heading: str) -> None:
    # the statements' title in capitals under it ends it, as under a headed About's first
    # paragraph (was: "SEARS, ROEBUCK AND CO." kept as the About's last paragraph)
    text = _sears_about(heading)
    assert text.startswith("Sears, Roebuck and Co. is a leading broadline retailer")
    assert text.endswith(_SEARS_LAST[9:])
    # so does the wire's "Source:" line (was: kept)
    assert _sears_about(heading, "\n\n    Source: Sears, Roebuck and Co.\n").endswith(
        _SEARS_LAST[9:])
