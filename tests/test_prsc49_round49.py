"""Press-release contacts (round 49): a "CONTACT:" record that names the firm first ("Acme
Corp., Jane Doe, CFO, 408-...") gives that firm to the people after it; people listed each
with a job after the comma ("Jane Doe, CFO, John Roe, Treasurer, and Ann Poe, Investor
Relations") are one record each with their own job; a record typed in capitals parts its
people at "; OR", ", OR" and "..., BOTH OF <firm>" as it does in lower case.

The excerpts edit two corpus filings' contact blocks into shapes other releases print:
Pericom Semiconductor's 2006 8-K ("CONTACT:" / "Pericom Semiconductor Corporation" / "Alex
Hui/Angela Chen" / "Tel: 408-435-0800" / ...) and Horizon Financial's 2006 8-K ("CONTACTS:
V. Lawrence Evans, Chairman & CEO" / "Dennis Joines, President & COO" / "Rich Jacobson,
Executive VP & CFO" / "360.733.3050", one name a line).
"""

from __future__ import annotations

from filing2json.parsers import parse
from support import FILINGS

_PERICOM = "8k_2006_pericomsemiconductorco_4.txt"
_BLOCK = ("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui/Angela Chen\n"
          "Tel: 408-435-0800\nahui@pericom.com/achen@pericom.com\n")
_ORG = "Pericom Semiconductor Corporation"
_HORIZON = "8k_2006_horizonfinancialcorp_1.txt"
_HORIZON_BLOCK = ("CONTACTS:     V. Lawrence Evans, Chairman & CEO\n"
                  "                                            Dennis Joines, President & COO\n"
                  "                                            Rich Jacobson, Executive VP & CFO\n"
                  "                                            360.733.3050\n")

_Brief = list[tuple[str | None, ...]]


def _contacts(block: str, name: str = _PERICOM, old: str = _BLOCK) -> _Brief:
    """The contacts of the filing ``name`` with its contact block ``old`` printed as
    ``block``."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    assert old in text
    record = parse(text.replace(old, block).encode("latin-1"), name)
    (release,) = record["press_releases"]
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in release["contacts"]]


def test_the_firm_named_first_in_a_one_line_record() -> None:
    # was: no contact at all ("Corporation" is no legal form the run-on cell reader knew, and
    # a role after the name hid the name)
    assert _contacts("CONTACT: Pericom Semiconductor Corporation, Alex Hui, 408-435-0800\n") == [
        ("Alex Hui", _ORG, None, "408-435-0800")]
    assert _contacts("CONTACT: Pericom Semiconductor Corp., Alex Hui, Chief Financial Officer, "
                     "408-435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor Corp.", "Chief Financial Officer", "408-435-0800")]
    assert _contacts("CONTACT: Pericom Semiconductor Corp., Alex Hui or Angela Chen, "
                     "408-435-0800\n") == [
        (n, "Pericom Semiconductor Corp.", None, "408-435-0800")
        for n in ("Alex Hui", "Angela Chen")]
    # an agency by its firm's word; the legal form after a comma stays the firm's
    assert _contacts("CONTACT: The Equity Group, Alex Hui, 212-836-9600\n") == [
        ("Alex Hui", "The Equity Group", None, "212-836-9600")]
    assert _contacts("CONTACT: Pericom Semiconductor, Inc., Alex Hui, 408-435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor, Inc.", None, "408-435-0800")]


def test_a_town_after_the_firm_is_no_person() -> None:
    assert _contacts("CONTACT: Pericom Semiconductor Corporation, San Jose, 408-435-0800\n") == []


def test_people_listed_each_with_a_job() -> None:
    # was: Alex Hui's role "CFO, John Chen, Treasurer", John Chen lost
    jobs = [("Alex Hui", "CFO"), ("John Chen", "Treasurer"), ("Angela Chen", "Investor Relations")]
    assert _contacts("CONTACT: Alex Hui, CFO, John Chen, Treasurer, and Angela Chen, Investor "
                     "Relations, 408-435-0800\n") == [
        (n, None, r, "408-435-0800") for n, r in jobs]
    assert _contacts("For further information contact:\nAlex Hui, CFO, John Chen, Treasurer, or "
                     "Angela Chen, Investor Relations\nPericom Semiconductor Corporation\n"
                     "(408) 435-0800\n") == [(n, _ORG, r, "(408) 435-0800") for n, r in jobs]
    # Horizon Financial's three lines typed as one (a job that holds a comma kept whole)
    horizon = [("V. Lawrence Evans", "Chairman & CEO"), ("Dennis Joines", "President & COO"),
               ("Rich Jacobson", "Executive VP & CFO")]
    assert _contacts("CONTACTS: V. Lawrence Evans, Chairman & CEO, Dennis Joines, President & "
                     "COO, or Rich Jacobson, Executive VP & CFO, 360.733.3050\n",
                     _HORIZON, _HORIZON_BLOCK) == [
        (n, None, r, "360.733.3050") for n, r in horizon]
    assert _contacts("CONTACT: Alex Hui, Vice President, Finance, John Chen, Treasurer, "
                     "408-435-0800\n") == [
        ("Alex Hui", None, "Vice President, Finance", "408-435-0800"),
        ("John Chen", None, "Treasurer", "408-435-0800")]


def test_a_record_typed_in_capitals() -> None:
    # was: "OR ANGELA CHEN" a person, or one person whose firm ran on into the second record
    assert _contacts("CONTACT: ALEX HUI OF PERICOM SEMICONDUCTOR CORP., 408-435-0800; OR ANGELA "
                     "CHEN OF THE EQUITY GROUP, 212-836-9600\n") == [
        ("ALEX HUI", "PERICOM SEMICONDUCTOR CORP.", None, "408-435-0800"),
        ("ANGELA CHEN", "THE EQUITY GROUP", None, "212-836-9600")]
    assert _contacts("CONTACT: ALEX HUI OF PERICOM SEMICONDUCTOR CORP., 408-435-0800, OR ANGELA "
                     "CHEN OF THE EQUITY GROUP, 212-836-9600\n") == [
        ("ALEX HUI", "PERICOM SEMICONDUCTOR CORP.", None, "408-435-0800"),
        ("ANGELA CHEN", "THE EQUITY GROUP", None, "212-836-9600")]
    # was: one person, the rest of the line her firm / no contact
    assert _contacts("CONTACT: ALEX HUI, 408-435-0800, OR ANGELA CHEN, 408-435-0801, BOTH OF "
                     "PERICOM SEMICONDUCTOR CORP.\n") == [
        ("ALEX HUI", "PERICOM SEMICONDUCTOR CORP.", None, "408-435-0800"),
        ("ANGELA CHEN", "PERICOM SEMICONDUCTOR CORP.", None, "408-435-0801")]
    assert _contacts("CONTACT: ALEX HUI OR ANGELA CHEN, BOTH OF PERICOM SEMICONDUCTOR CORP., "
                     "408-435-0800\n") == [
        (n, "PERICOM SEMICONDUCTOR CORP.", None, "408-435-0800")
        for n in ("ALEX HUI", "ANGELA CHEN")]
    assert _contacts("CONTACT: ALEX HUI, CFO, JOHN CHEN, TREASURER, AND ANGELA CHEN, INVESTOR "
                     "RELATIONS, 408-435-0800\n") == [
        ("ALEX HUI", None, "CFO", "408-435-0800"), ("JOHN CHEN", None, "TREASURER", "408-435-0800"),
        ("ANGELA CHEN", None, "INVESTOR RELATIONS", "408-435-0800")]
