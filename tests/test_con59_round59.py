"""Round 59 (contacts): a department "for" the release's company is that company's, and one
named with its word "Department" or "Office" a department; a period's caption or a date
beside the contact is no firm; the cheap test in front of the dateline a contact block's
row may be."""

from __future__ import annotations

import time
from pathlib import Path

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contact_blocks import contact_block_end
from filing2json.parsers.sections.press_dateline import _may_be_dateline, block_dateline
from support import FILINGS as CORPUS
from support import SAMPLES


def _contacts(path: Path, old: bytes, new: bytes, name: str | None = None
              ) -> list[tuple[str | None, ...]]:
    """(name, role, organisation, phone) of each contact (``name``'s only, if given) of a real
    filing with ``old`` (printed there once) edited into ``new``."""
    data = path.read_bytes()
    assert data.count(old) == 1
    record = parse(data.replace(old, new), str(path))
    return [(c["name"], c["role"], c["organization"], c["phone"])
            for pr in record["press_releases"] for c in pr["contacts"]
            if name is None or c["name"] == name]


_CTC = SAMPLES / "002_e328972705f5d40f.txt"
_TITLE_AND_FIRM = b"EVP and Chief Financial Officer\nCTC Communications\n"


def test_department_for_the_company_under_a_name() -> None:
    # CTC Communications' 8-K (sample 002), its "EVP and Chief Financial Officer" / "CTC
    # Communications" lines edited into one line as other filers print it: "Investor
    # Relations for CTC Communications" (the department his role, the company his firm)
    assert _contacts(_CTC, _TITLE_AND_FIRM, b"Investor Relations for CTC Communications\n",
                     "John Pittenger") == [
        ("John Pittenger", "Investor Relations", "CTC Communications", "781-466-1302")]
    # an agency's line "for" the company stays the agency; a department "for" a place the
    # release does not name as a firm stays one role
    assert _contacts(_CTC, _TITLE_AND_FIRM, b"Feldman Communications for CTC Communications\n",
                     "John Pittenger") == [
        ("John Pittenger", None, "Feldman Communications", "781-466-1302")]
    assert _contacts(_CTC, b"EVP and Chief Financial Officer\n",
                     b"Director, Investor Relations for Europe\n", "John Pittenger") == [
        ("John Pittenger", "Director, Investor Relations for Europe", "CTC Communications",
         "781-466-1302")]


def test_department_named_with_its_word_department_or_office() -> None:
    # the same sample: "Investor Relations Department" under the name (was: his firm), and
    # a desk's line with no one named over its number and mailbox (was: no contact at all)
    assert _contacts(_CTC, _TITLE_AND_FIRM, b"Investor Relations Department\n",
                     "John Pittenger") == [
        ("John Pittenger", "Investor Relations Department", None, "781-466-1302")]
    assert _contacts(_CTC, b"Contact: John Pittenger\nEVP and Chief Financial Officer\n",
                     b"Contact:\nCorporate Communications Dept.\n") == [
        (None, "Corporate Communications Dept.", "CTC Communications", "781-466-1302")]


def test_job_in_a_department_for_the_company_in_a_trailer() -> None:
    # Pericom's 2003 8-K: PR Newswire's "/CONTACT:  Patrick B. Brennan, VP Investor
    # Relations of Pericom Semiconductor Corporation, ..." edited to "... for Pericom ..."
    assert _contacts(CORPUS / "8k_2003_pericomsemiconductorco_1.txt",
                     b"VP Investor Relations of Pericom\nSemiconductor",
                     b"VP Investor Relations for Pericom\nSemiconductor") == [
        ("Patrick B. Brennan", "VP Investor Relations", "Pericom Semiconductor Corporation",
         "+1-408-435-0800")]


def test_period_caption_and_date_beside_the_contact_are_no_firm() -> None:
    # Sears' 2004 release (a corpus filing) with a typed two-column head over the headline,
    # as 1990s text releases print it: the contact left, the period's caption and its date
    # right (was: "Quarter ended", once dropped "July 3, 2004", read as Jan Drummond's firm);
    # in capitals too, and a date printed day first
    head = b"                  Sears Reports Second Quarter 2004 Results\n"
    for caption, date in ((b"Quarter ended", b"July 3, 2004"),
                          (b"THREE MONTHS ENDED", b"3 July 2004")):
        top = (b"Contact: Jan Drummond                    " + caption + b"\n"
               b"         (847) 286-8361                  " + date + b"\n\n")
        assert _contacts(CORPUS / "8k_2004_searsroebuckandco_1.txt", head, top + head,
                         "Jan Drummond") == [("Jan Drummond", None, None, "(847) 286-8361")]


# Datelines of each undated spelling (no digit: a dash, a wire's bracket or slash, an ellipsis)
# and dated ones, as real releases print them
_DATELINES = [
    "SEATTLE--(BUSINESS WIRE)--Amazon.com, Inc. today announced",
    "DEERFIELD, Ill. \u2013 Caterpillar Inc. today announced",
    "NEW YORK -- Acme Widgets, Inc. today reported",
    "Itasca, Illinois - First Midwest Bancorp, Inc. today reported",
    "Erie, PA ... Zurn Industries, Inc. today announced",
    "WALTHAM, Mass.--August 2, 2000--CTC Communications Group Inc. today announced",
    "SAN JOSE, Calif., July 29 /PRNewswire-FirstCall/ -- Pericom Semiconductor today",
]


def test_dateline_guard_keeps_every_dateline_and_skips_a_name_or_mailbox_row() -> None:
    for line in _DATELINES:
        assert block_dateline(line), line  # (the spellings still read as datelines)
        assert _may_be_dateline(line), line
    # CTC's contact rows (samples 000, 001): no digit, no mark, or an e-mail first
    for row in ("John Dinsmore", "Feldman Communications Inc.", "EVP and Chief Financial Officer",
                "JDFelCom@aol.com (e)", "JDFelCom@aol.com (e)\t\t\tpitt@ctcnet.com"):
        assert not _may_be_dateline(row), row
    # an e-mail inside a dateline's first word after its marks: "Excite@Home"
    assert _may_be_dateline("SEATTLE--(PRNewswire)--Excite@Home today announced")
    # CTC's block (sample 002) with the next release's dateline typed right under it
    rows = ["Contact: John Pittenger", "EVP and Chief Financial Officer", "CTC Communications",
            "781-466-1302 (t)", "pitt@ctcnet.com (e)",
            "WALTHAM, Mass.--August 2, 2000--CTC Communications Group Inc. today announced"]
    assert contact_block_end(rows, 0) == 5
    rows[-1] = "NEW YORK -- Acme Widgets, Inc. today reported"
    assert contact_block_end(rows, 0) == 5


def test_dateline_guard_is_linear_on_a_long_row() -> None:
    row = "jdoe@acme.com " * 15_000  # ~200 KB
    start = time.process_time()
    assert not _may_be_dateline(row.strip())
    assert _may_be_dateline(("Acme - " * 30_000).strip())
    assert time.process_time() - start < 5
