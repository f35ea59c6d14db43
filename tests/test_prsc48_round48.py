"""Press-release contacts (round 48): a list of people closed by an Oxford comma ("Jane Doe,
John Roe, or Mary Major, all of Acme Corp.") is one list, its firm and number theirs all; a
list whose last person is "of" or "at" a firm shares that firm; a statement's title ("...
Statements of Changes in Stockholders' Equity", a bank's "Statements of Condition",
"Income Statements", "Reconciliation of GAAP to Non-GAAP ...") ends the contact block
printed over the tables, and so does a table's period columns ("Three Months Ended"), the
title over them with it.

Each test edits Pericom Semiconductor's 2006 8-K (a corpus filing, whose contact block is
"CONTACT:" / "Pericom Semiconductor Corporation" / "Alex Hui/Angela Chen" / "Tel:
408-435-0800" / "ahui@pericom.com/achen@pericom.com") into a shape other releases print.
"""

from __future__ import annotations

from filing2json.parsers import parse
from support import FILINGS

_PERICOM = "8k_2006_pericomsemiconductorco_4.txt"
_BLOCK = ("CONTACT:\nPericom Semiconductor Corporation\nAlex Hui/Angela Chen\n"
          "Tel: 408-435-0800\nahui@pericom.com/achen@pericom.com\n")
_ORG = "Pericom Semiconductor Corporation"

_Brief = list[tuple[str | None, ...]]


def _brief(text: str) -> _Brief:
    record = parse(text.encode("latin-1"), _PERICOM)
    (release,) = record["press_releases"]
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in release["contacts"]]


def _contacts(block: str) -> _Brief:
    """The contacts of Pericom's release with its contact block printed as ``block``."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert _BLOCK in text
    return _brief(text.replace(_BLOCK, block))


def _three(org: str | None, phone: str) -> _Brief:
    return [(name, org, None, phone) for name in ("Alex Hui", "John Chen", "Angela Chen")]


def test_three_people_with_an_oxford_comma() -> None:
    # PR Newswire's one-line record with a third name: was John Chen as Alex Hui's firm
    assert _contacts("CONTACT: Alex Hui, John Chen, or Angela Chen, all of Pericom "
                     "Semiconductor Corporation, (408) 435-0800\n") == _three(
        _ORG, "(408) 435-0800")
    assert _contacts("CONTACT: Alex Hui, John Chen, and Angela Chen, all of Pericom "
                     "Semiconductor Corporation, (408) 435-0800\n") == _three(
        _ORG, "(408) 435-0800")
    assert _contacts("CONTACT: Alex Hui, John Chen, or Angela Chen, (408) 435-0800\n") == (
        _three(None, "(408) 435-0800"))
    # the 1990s heading over the names' line, the firm and number under it
    assert _contacts("For further information contact:\nAlex Hui, John Chen, or Angela Chen\n"
                     "Pericom Semiconductor Corporation\n(408) 435-0800\n") == _three(
        _ORG, "(408) 435-0800")


def test_the_list_of_a_firm_named_after_its_last_person() -> None:
    # was: Alex Hui's firm "John Chen or Angela Chen of Pericom Semiconductor Corporation"
    for block in ("CONTACT: Alex Hui, John Chen or Angela Chen of Pericom Semiconductor "
                  "Corporation, (408) 435-0800\n",
                  "CONTACT: Alex Hui, John Chen, or Angela Chen of Pericom Semiconductor "
                  "Corporation, (408) 435-0800\n",
                  "CONTACT: Alex Hui, John Chen or Angela Chen at Pericom Semiconductor "
                  "Corporation, (408) 435-0800\n"):
        assert _contacts(block) == _three(_ORG, "(408) 435-0800"), block


def test_two_people_each_with_a_number_stay_apart() -> None:
    # (a number after the first name: two records, no list)
    assert _contacts("CONTACT: Alex Hui, (408) 435-0800, or Angela Chen, (408) 435-0801, "
                     "both of Pericom Semiconductor Corporation\n") == [
        ("Alex Hui", _ORG, None, "(408) 435-0800"),
        ("Angela Chen", _ORG, None, "(408) 435-0801"),
    ]


# The release's tail and its first table's heading: the contact block is moved from the top
# to the end of the release text (where many releases print it), right over the tables
_TAIL = "risk factors sections of that filing.\n\n<PAGE>\n\nNEWS RELEASE, August 16, 2006\n\n"
_HEAD = ("                        Pericom Semiconductor Corporation\n"
         "                      Consolidated Statements of Operations\n"
         "                      (In thousands, except per share data)\n"
         "                                   (unaudited)\n")


def _over_tables(head: str) -> _Brief:
    """The contacts with "Contact:" / "Alex Hui" / "Tel: 408-435-0800" printed at the end of
    the release, the first table headed by ``head``."""
    text = (FILINGS / _PERICOM).read_text(encoding="latin-1")
    assert _BLOCK in text and _TAIL in text and _HEAD in text
    text = text.replace(_BLOCK, "").replace(
        _TAIL, "risk factors sections of that filing.\n\nContact:\nAlex Hui\nTel: 408-435-0800\n\n")
    return _brief(text.replace(_HEAD, head))


def test_statement_titles_end_the_block() -> None:
    alone = [("Alex Hui", None, None, "408-435-0800")]
    assert _over_tables(_HEAD) == alone  # (as before: "Statements of Operations")
    # was: Pericom as Alex Hui's firm, "Consolidated Statements" a person of firm
    # "Changes in Shareholders' Equity", and "Twelve Months Ended" (a column's head) another
    for title in ("Consolidated Statements of Changes in Shareholders' Equity",
                  "CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY",
                  "CONSOLIDATED STATEMENTS OF CONDITION",
                  "Consolidated Income Statements",
                  "RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES",
                  "Supplemental Financial Information", "SUMMARY OF OPERATIONS"):
        assert _over_tables(f"{_HEAD.splitlines()[0]}\n{title}\n\n") == alone, title


def test_a_table_title_not_known_ends_at_the_period_columns() -> None:
    # Pericom's first table opens "Three Months Ended <gap> Twelve Months Ended": was Pericom
    # as Alex Hui's firm and "Twelve Months Ended" a person (of "Three Months Ended"), or
    # the title "Quarterly Results" a person
    alone = [("Alex Hui", None, None, "408-435-0800")]
    for title in ("OPERATING DATA", "Quarterly Results"):
        assert _over_tables(f"{_HEAD.splitlines()[0]}\n{title}\n\n") == alone, title
