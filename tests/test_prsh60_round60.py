"""Press-release heads of round 60: lines over the headline that are no head line: an
unheaded contact block holding a UK mobile number ("+44 (0)7712 345678": six digits in one
group), a wire's issuer label ("Source: Acme Corp.", "Company: Acme Corp.") and a release's
time printed alone under its date line ("July 22, 2004" / "7:00 AM CT"). Datelines whose
state stands in brackets ("Hoffman Estates (Illinois), July 22, 2004 -") or whose date is
framed by slashes with no wire's credit ("Hoffman Estates, Ill. / July 22, 2004 /")."""

from __future__ import annotations

import time
from typing import Any

from filing2json.parsers.sections.press_dateline import find_dateline
from filing2json.parsers.sections.press_parts import split_headline
from filing2json.parsers.sections.press_patterns import PHONE
from support import FILINGS, edited_record

# Pericom Semiconductor's EX-99.1 of April 2005 (a corpus filing): its head as filed
PERICOM = "8k_2005_pericomsemiconductorco_4.txt"
HEADLINE = "           PERICOM SEMICONDUCTOR REPORTS FISCAL THIRD QUARTER RESULTS\n"


def _release(name: str, edit: dict[str, str]) -> dict[str, Any]:
    return edited_record(FILINGS / name, edit)["press_releases"][0]


def _head_under(above: str) -> tuple[str | None, list[str]]:
    release = _release(PERICOM, {HEADLINE: above + HEADLINE})
    return release["headline"], release["subheadlines"]


def test_uk_mobile_in_contact_block_over_headline() -> None:
    # Pericom's release edited: a contact's name and a UK number typed over the headline with
    # no "Contact:" heading, as UK issuers print it
    for phone in ("+44 (0)7712 345678", "Tel: +44 7712 345678", "+44 (0)20 7123 4567"):
        assert _head_under(f"Jane Roe\n{phone}\n\n") == (HEADLINE.strip(), []), phone
    assert PHONE.search("Mobile: +44 (0)7712 345678").group() == "+44 (0)7712 345678"
    assert PHONE.search("call +44 7712 345678 today").group() == "+44 7712 345678"
    # a figure with a plus sign is no number to call
    assert PHONE.search("revenue grew +12 percent to 345678 units") is None


def test_issuer_label_over_headline() -> None:
    # Pericom's release edited: the wire's issuer line over the headline, a blank line under
    # it or none, or right under the headline (above the dateline)
    for label in ("Source: Pericom Semiconductor Corp.", "Company: Pericom Semiconductor Corp.",
                  "SOURCE: Pericom Semiconductor"):
        for gap in ("\n\n", "\n"):
            assert _head_under(f"{label}{gap}") == (HEADLINE.strip(), []), (label, gap)
        release = _release(PERICOM, {HEADLINE: f"{HEADLINE}\n{label}\n"})
        assert release["headline"] == HEADLINE.strip(), label
    # a subheadline that opens with another word and a colon is kept
    head, subs = split_headline(
        "ACME REPORTS RECORD RESULTS\n\nOutlook: Revenue Growth of 25 Percent\n\n"
        "SAN JOSE, Calif., April 21 /PRNewswire/ -- Acme Corp. today")
    assert (head, subs) == ("ACME REPORTS RECORD RESULTS",
                            ["Outlook: Revenue Growth of 25 Percent"])


def test_time_under_date_line_over_headline() -> None:
    # Pericom's release edited: the release's date and, on the line under it, its time, typed
    # over the headline
    for time_line in ("7:00 AM CT", "7:00 a.m. ET", "4:05 PM (Eastern Time)"):
        for gap in ("\n\n", "\n"):
            above = f"April 21, 2005\n{time_line}{gap}"
            assert _head_under(above) == (HEADLINE.strip(), []), (time_line, gap)
    # the date and time typed under the headline are no subheadline either
    release = _release(PERICOM, {HEADLINE: f"{HEADLINE}\nApril 21, 2005\n7:00 AM CT\n"})
    assert (release["headline"], release["subheadlines"]) == (HEADLINE.strip(), [])


DATELINE = "     SAN JOSE, Calif., April 21 /PRNewswire-FirstCall/ -- Pericom"


def test_bracketed_state_and_slashed_date() -> None:
    # Pericom's dateline edited: the state in brackets after the city, or the date framed by
    # slashes with no wire's credit after it, as filers' own releases print them
    for dateline, city, state in (
            ("Hoffman Estates (Illinois), April 21, 2005 - Pericom", "Hoffman Estates",
             "Illinois"),
            ("San Jose (California), April 21, 2005 -- Pericom", "San Jose", "California"),
            ("SAN JOSE (Calif.) - April 21, 2005 - Pericom", "SAN JOSE", "Calif."),
            ("Hoffman Estates, Ill. / April 21, 2005 / Pericom", "Hoffman Estates", "Ill."),
            ("SAN JOSE, CA/April 21, 2005/Pericom", "SAN JOSE", "CA")):
        release = _release(PERICOM, {DATELINE: f"     {dateline}"})
        assert release["dateline"] == {
            "city": city, "state": state, "date": "2005-04-21"}, dateline
        assert release["headline"] == HEADLINE.strip(), dateline
    assert find_dateline("SAN JOSE (Calif.) \u2013 April 21, 2005 \u2013 Acme Corp. today "
                         "announced results.")[1]["state"] == "Calif."
    # an event's line announces nothing: no dateline
    assert find_dateline("Chicago (Illinois), March 3, 2015 - Conference at the Hilton") is None
    assert find_dateline("New York, NY / March 3, 2015 / Webcast at 4 p.m. ET") is None
    # no known state in the brackets, or a firm's name before them: no place
    for dateline in ("San Jose (Semiconductors), April 21, 2005 - Pericom",
                     "Pericom Semiconductor Corp. (Europe), April 21, 2005 - Pericom"):
        assert _release(PERICOM, {DATELINE: f"     {dateline}"})["dateline"] is None, dateline


def test_new_patterns_linear() -> None:
    # ~200 KB of plus signs and digit groups that never close on a number, and of labels
    text = "+44 (0)7712 3456789 " * 10000
    started = time.process_time()
    PHONE.search(text)
    PHONE.search("+44" + " 1234567" * 25000)
    split_headline(("Source: Acme " + "x" * 60 + "\n7:00 AM CT\n") * 2500 + "\nNEW YORK, "
                   "April 21, 2005 -- Acme")
    find_dateline("Hoffman Estates (Illinois) Acme " * 6000)
    find_dateline("Hoffman Estates, Ill. / July 22, 2004 / " * 5000)
    find_dateline("Hoffman Estates (" * 12000)
    assert time.process_time() - started < 5
