"""Press-release contacts (round 50): a "CONTACT:" line's firm printed once is given to
every person it names who names none: a firm first ("Acme Corp., Jane Doe, CFO, or John
Roe, Treasurer"), a firm before a dash ("Acme Corp. - Jane Doe, 408-..."), or a firm after
the last of people who print no number of their own ("Jane Doe, CFO, and John Roe,
Treasurer, of Acme Corp., 408-...", or with commas only); two records parted by a slash
after a phone ("Jane Doe, CFO, 408-... / John Roe, Treasurer, 408-...") are two people,
each with their job.

The excerpts edit Pericom Semiconductor's 2006 8-K contact block ("CONTACT:" / "Pericom
Semiconductor Corporation" / "Alex Hui/Angela Chen" / "Tel: 408-435-0800" / ...) into the
one-line shapes Business Wire and PR Newswire records print.
"""

from __future__ import annotations

from support import pericom_contacts

_CORP = "Pericom Semiconductor Corp."

_Brief = list[tuple[str | None, ...]]


def _contacts(block: str) -> _Brief:
    """The contacts of Pericom's 8-K with its contact block printed as ``block``."""
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in pericom_contacts(block)]


def test_the_firm_named_first_is_everyones() -> None:
    # edited: the block on one line, the firm first, two people parted by ", or"
    # (was: Angela Chen had no organisation)
    assert _contacts(f"CONTACT: {_CORP}, Alex Hui, CFO, or Angela Chen, Investor Relations, "
                     "408-435-0800\n") == [
        ("Alex Hui", _CORP, "CFO", "408-435-0800"),
        ("Angela Chen", _CORP, "Investor Relations", "408-435-0800")]
    assert _contacts(f"CONTACT: {_CORP}, Alex Hui, CFO, 408-435-0800, or Angela Chen, Investor "
                     "Relations, 408-435-0801\n") == [
        ("Alex Hui", _CORP, "CFO", "408-435-0800"),
        ("Angela Chen", _CORP, "Investor Relations", "408-435-0801")]
    # a second person of another firm keeps hers
    assert _contacts(f"CONTACT: {_CORP}, Alex Hui, CFO, 408-435-0800; or Angela Chen of The "
                     "Equity Group, 212-836-9600\n") == [
        ("Alex Hui", _CORP, "CFO", "408-435-0800"),
        ("Angela Chen", "The Equity Group", None, "212-836-9600")]


def test_a_firm_before_a_dash() -> None:
    # edited: "CONTACT: <firm> - <name>, <phone>" (was: no contact)
    assert _contacts(f"CONTACT: {_CORP} - Alex Hui, 408-435-0800\n") == [
        ("Alex Hui", _CORP, None, "408-435-0800")]
    assert _contacts(f"CONTACT: {_CORP} -- Alex Hui, CFO, 408-435-0800\n") == [
        ("Alex Hui", _CORP, "CFO", "408-435-0800")]
    # the person first, the firm after the dash, reads as before
    assert _contacts(f"CONTACT: Alex Hui - {_CORP}, 408-435-0800\n") == [
        ("Alex Hui", _CORP, None, "408-435-0800")]


def test_a_firm_after_a_list_of_people() -> None:
    # edited: two people with their jobs, then ", of <firm>" and the phone they share
    # (was: only John Chen had the firm)
    for joiner in ("and", "or"):
        assert _contacts(f"CONTACT: Alex Hui, CFO, {joiner} John Chen, Treasurer, of {_CORP}, "
                         "408-435-0800\n") == [
            ("Alex Hui", _CORP, "CFO", "408-435-0800"),
            ("John Chen", _CORP, "Treasurer", "408-435-0800")]
    # the list printed with commas only, no "and" (was: one person, the rest her firm)
    assert _contacts(f"CONTACT: Alex Hui, CFO, Angela Chen, Investor Relations, of {_CORP}, "
                     "408-435-0800\n") == [
        ("Alex Hui", _CORP, "CFO", "408-435-0800"),
        ("Angela Chen", _CORP, "Investor Relations", "408-435-0800")]
    # one with a number of her own is not in the list: the agency is only the last one's
    assert _contacts("CONTACT: Alex Hui, CFO, 408-435-0800, or John Chen, of The Equity Group, "
                     "212-836-9600\n") == [
        ("Alex Hui", None, "CFO", "408-435-0800"),
        ("John Chen", "The Equity Group", None, "212-836-9600")]


def test_records_parted_by_a_slash_after_a_phone() -> None:
    # edited: two records on one line, a slash between them (was: one person, the second
    # record her job or firm)
    assert _contacts("CONTACT: Alex Hui, CFO, 408-435-0800 / Angela Chen, Investor Relations, "
                     "408-435-0801\n") == [
        ("Alex Hui", None, "CFO", "408-435-0800"),
        ("Angela Chen", None, "Investor Relations", "408-435-0801")]
    assert _contacts("CONTACTS: Alex Hui, Pericom Semiconductor Corporation, (408) 435-0800 / "
                     "Angela Chen, The Equity Group Inc., (212) 836-9600\n") == [
        ("Alex Hui", "Pericom Semiconductor Corporation", None, "(408) 435-0800"),
        ("Angela Chen", "The Equity Group Inc.", None, "(212) 836-9600")]
