"""Press releases (round 37, second pass): several releases printed one after the other with
no end mark (a 1990s EX-99, an 8-K item quoting two releases, each under its lead-in), and
letters to shareholders, which are no release."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.press_release import (
    parse_press_release,
    parse_press_releases,
)

_CONTACT = """Contact:  Jane Doe
          (216) 555-1212
"""

_THREE = """                                                                  EXHIBIT 99

FOR IMMEDIATE RELEASE

                ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS

     CLEVELAND, Ohio, February 10, 1997 -- Acme Corp. (NYSE: ACM) today reported
record net sales for the fourth quarter of 1996. Net sales were $142.1 million, up
6% from $134.0 million in the fourth quarter of 1995.

     "We closed the year with record orders," said John Smith, President.

{contact}
FOR IMMEDIATE RELEASE

                   ACME CORP. DECLARES QUARTERLY DIVIDEND

     CLEVELAND, Ohio, February 12, 1997 -- The Board of Directors of Acme Corp.
(NYSE: ACM) today declared a quarterly dividend of $.12 per share, payable March 15,
1997 to shareholders of record on March 1, 1997.

{contact}
FOR IMMEDIATE RELEASE

                 ACME CORP. TO ACQUIRE WIDGET WORKS, INC.

     CLEVELAND, Ohio, February 14, 1997 -- Acme Corp. (NYSE: ACM) announced today
that it has signed a definitive agreement to acquire Widget Works, Inc. of Akron,
Ohio for $25 million in cash.

{contact}"""


@pytest.mark.parametrize("contact", [_CONTACT, ""])
def test_releases_printed_one_after_another_with_no_end_mark(contact: str) -> None:
    releases = parse_press_releases(_THREE.format(contact=contact), "EX-99", "19970214")
    assert [r["headline"] for r in releases] == [
        "ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS",
        "ACME CORP. DECLARES QUARTERLY DIVIDEND",
        "ACME CORP. TO ACQUIRE WIDGET WORKS, INC.",
    ]
    assert [r["date"] for r in releases] == ["1997-02-10", "1997-02-12", "1997-02-14"]
    assert releases[0]["body"].endswith('said John Smith, President.')
    assert releases[1]["body"].startswith("CLEVELAND, Ohio, February 12, 1997 -- The Board")
    assert releases[1]["body"].endswith("of record on March 1, 1997.")
    assert all(r["tickers"] == [{"exchange": "NYSE", "symbol": "ACM"}] for r in releases)


_ITEM = """Item 5.  Other Events.

     On March 3, 1998, the Registrant issued the following press release:

                 ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS

     CLEVELAND, Ohio, March 3, 1998 -- Acme Corp. (NYSE: ACM) today reported
record net sales for the fourth quarter of 1997. Net sales were $142.1 million, up
6% from $134.0 million in the fourth quarter of 1996.

     "We closed the year with record orders," said John Smith, President.

     On March 5, 1998, the Registrant issued the following press release
announcing its quarterly dividend:

                   ACME CORP. DECLARES QUARTERLY DIVIDEND

     CLEVELAND, Ohio, March 5, 1998 -- The Board of Directors of Acme Corp.
(NYSE: ACM) today declared a quarterly dividend of $.12 per share, payable April 15,
1998 to shareholders of record on April 1, 1998.
"""


def test_item_quoting_two_releases_each_under_its_lead_in() -> None:
    releases = parse_press_releases(_ITEM, "8-K", "19980305")
    assert [r["headline"] for r in releases] == [
        "ACME CORP. REPORTS RECORD FOURTH QUARTER RESULTS",
        "ACME CORP. DECLARES QUARTERLY DIVIDEND",
    ]
    assert releases[0]["body"].endswith('said John Smith, President.')
    assert releases[1]["date"] == "1998-03-05"
    assert releases[1]["body"].endswith("of record on April 1, 1998.")


_HEADER = """<SEC-DOCUMENT>0000950134-15-004211.txt : 20150303
<SEC-HEADER>0000950134-15-004211.hdr.sgml : 20150303
ACCESSION NUMBER:		0000950134-15-004211
CONFORMED SUBMISSION TYPE:	8-K
PUBLIC DOCUMENT COUNT:		2
CONFORMED PERIOD OF REPORT:	20150303
FILED AS OF DATE:		20150303

FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			ACME CORP
		CENTRAL INDEX KEY:			0000012345
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>d8k.txt
<TEXT>
Item 8.01 Other Events.

On March 3, 2015, the Company mailed a letter to its shareholders, a copy of which is
attached as Exhibit 99.1.

Item 9.01 Financial Statements and Exhibits.

(d) Exhibits

99.1 {description}
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>dex991.txt
<TEXT>
{letter}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""

_LETTER = """Exhibit 99.1

March 3, 2015

Dear Fellow Shareholders:

2014 was a record year for Acme Corp. Net sales were $142.1 million, up 6% from $134.0
million a year earlier, and we raised our quarterly dividend by 10%.

WICHITA, Kan. -- Earlier this week our team today announced the opening of our new plant
in Wichita, Kansas, which will employ 200 people.

Sincerely,

John Smith
President and Chief Executive Officer
"""


@pytest.mark.parametrize("description", [
    "Letter to Shareholders dated March 3, 2015",
    "Shareholder Letter",
    "Press release dated March 3, 2015",  # (what the text is, a letter, tells)
])
def test_letter_to_shareholders_is_no_release(description: str) -> None:
    filing = _HEADER.format(description=description, letter=_LETTER)
    assert parse(filing.encode(), "letter.txt")["press_releases"] == []


def test_a_release_after_a_signed_letter_is_read() -> None:
    release = """
                                  FOR IMMEDIATE RELEASE

                  ACME CORP. RAISES QUARTERLY DIVIDEND BY 10%

WICHITA, Kan., March 3, 2015 -- Acme Corp. (NYSE: ACME) today announced that its Board
raised its quarterly dividend by 10% to $0.22 per share.
"""
    assert parse_press_release(_LETTER.replace(
        "WICHITA, Kan. -- Earlier this week our team today", "Our team"), "EX-99.1") is None
    found = parse_press_release(_LETTER + release, "EX-99.1", "20150303")
    assert found is not None
    assert found["headline"] == "ACME CORP. RAISES QUARTERLY DIVIDEND BY 10%"
    assert found["date"] == "2015-03-03"


@pytest.mark.parametrize("salutation", ["To Our Shareholders:", "Fellow Stockholders,"])
def test_dateline_under_a_letters_salutation_is_no_release(salutation: str) -> None:
    letter = _LETTER.replace("Dear Fellow Shareholders:", salutation)
    assert parse_press_release(letter, "EX-99.1", "20150303") is None


def test_exhibit_described_as_a_letter_is_not_read() -> None:
    # (no salutation: the exhibit list says what it is)
    letter = _LETTER.replace("Dear Fellow Shareholders:\n\n", "")
    filing = _HEADER.format(description="Letter from the Chief Executive Officer", letter=letter)
    assert parse(filing.encode(), "letter.txt")["press_releases"] == []
