"""Press releases (round 42c): an About headed "About Us" or "About the Company" names the
company its text opens with as its subject ("Oracle Corporation (NYSE: ORCL) offers ..."),
or the one it brackets a ticker after, never "Us"; a contact heading over a shared mailbox or
line with no one named under it ("Media: press@apple.com, (408) 974-2042") is a contact with
no name. The excerpts are real releases' text, minimally edited as the comments say."""

from __future__ import annotations

import pytest

from support import filing, release_of

# Oracle's release of July 10, 2019 (8k_2019_oraclecorp_1.txt), its dateline paragraph
_ORACLE_LEAD = """\
ORACLE NAMES RONA FAIRHEAD TO THE BOARD OF DIRECTORS

REDWOOD SHORES, Calif., July 10, 2019 -- The Oracle Board of Directors today announced that
it has unanimously elected Rona A. Fairhead to the company's Board of Directors. The election
is effective as of July 31, 2019 and increases the size of the Board to 15 directors.

"I am very pleased to welcome Mrs. Fairhead to the Board," said Larry Ellison, Chairman of the
Board of Directors and Chief Technology Officer.

"""
# its About paragraph as printed
_ORACLE_ABOUT = """\
The Oracle Cloud offers a complete suite of integrated applications for Sales, Service,
Marketing, Human Resources, Finance, Supply Chain and Manufacturing, plus Highly Automated and
Secure Generation 2 Infrastructure featuring the Oracle Autonomous Database. For more
information about Oracle (NYSE: ORCL), visit www.oracle.com/investor or contact Investor
Relations at investor_us@oracle.com or (650) 506-4073.

# # #
"""


def test_about_us_names_the_company_its_text_opens_with() -> None:
    # edited: "About Oracle" -> "About Us", "The Oracle Cloud offers" -> "Oracle Corporation
    # (NYSE: ORCL) offers" (was: company "Us")
    about = _ORACLE_ABOUT.replace("The Oracle Cloud offers",
                                  "Oracle Corporation (NYSE: ORCL) offers")
    rel = release_of(_ORACLE_LEAD + "About Us\n\n" + about)
    assert rel["about"]["company"] == "Oracle Corporation"
    assert rel["about"]["text"].startswith("Oracle Corporation (NYSE: ORCL) offers a complete")


@pytest.mark.parametrize(("opening", "company"), [
    ("Oracle Corporation offers", "Oracle Corporation"),  # a legal form ends the name
    ("Oracle offers", "Oracle"),  # the headline's first word
])
def test_about_the_company_opening_with_what_the_company_does(opening: str, company: str) -> None:
    # edited: "About Oracle" -> "About the Company", "The Oracle Cloud offers" -> the opening
    about = _ORACLE_ABOUT.replace("The Oracle Cloud offers", opening)
    rel = release_of(_ORACLE_LEAD + "About the Company\n\n" + about)
    assert rel["about"]["company"] == company


def test_about_the_company_naming_a_product_first_takes_the_ticker_name() -> None:
    # edited: "About Oracle" -> "About the Company"; the text opens with a product ("The
    # Oracle Cloud offers"), so the company is the name it brackets a ticker after (was:
    # "the Company")
    rel = release_of(_ORACLE_LEAD + "About the Company\n\n" + _ORACLE_ABOUT)
    assert rel["about"]["company"] == "Oracle"


def test_about_us_naming_no_company_has_none() -> None:
    # edited: "About Us", and the ticker sentence cut: nothing names the company (was: "Us")
    about = _ORACLE_ABOUT.replace("about Oracle (NYSE: ORCL)", "")
    rel = release_of(_ORACLE_LEAD + "About Us\n\n" + about)
    assert rel["about"]["company"] is None
    assert rel["about"]["text"].startswith("The Oracle Cloud offers")


def test_about_oracle_as_printed_is_unchanged() -> None:
    assert filing("8k_2019_oraclecorp_1.txt")["press_releases"][0]["about"]["company"] == "Oracle"


# Apple's release of February 1, 2024 (8k_2024_appleinc_1.txt), its About and contacts
_APPLE = """\
Apple reports first quarter results

CUPERTINO, CALIFORNIA -- Apple today announced financial results for its fiscal 2024 first
quarter ended December 30, 2023. The Company posted quarterly revenue of $119.6 billion, up 2
percent year over year, and quarterly earnings per diluted share of $2.18, up 16 percent year
over year.

Apple revolutionized personal technology with the introduction of the Macintosh in 1984.
Today, Apple leads the world in innovation with iPhone, iPad, Mac, Apple Watch, and Apple TV.

{press}

Investor Relations Contact:
Suhasini Chandramouli
Apple
suhasini@apple.com
(408) 974-3123
"""


def test_media_line_with_no_name_is_a_contact_with_no_name() -> None:
    # edited: "Press Contact:" / "Josh Rosenstock" / "Apple" / "jrosenstock@apple.com" /
    # "(408) 862-1142" -> "Media: press@apple.com, (408) 974-2042" (was: no contact)
    rel = release_of(_APPLE.format(press="Media: press@apple.com, (408) 974-2042"))
    assert rel["contacts"] == [
        {"name": None, "organization": None, "role": "Media", "phone": "(408) 974-2042",
         "email": "press@apple.com", "url": None},
        {"name": "Suhasini Chandramouli", "organization": "Apple",
         "role": "Investor Relations Contact", "phone": "(408) 974-3123",
         "email": "suhasini@apple.com", "url": None},
    ]


def test_heading_over_a_mailbox_stacked_is_a_contact_with_no_name() -> None:
    # edited: "Josh Rosenstock" cut from the "Press Contact:" block (was: no contact)
    press = "Press Contact:\nApple\nmedia@apple.com\n(408) 862-1142"
    contacts = release_of(_APPLE.format(press=press))["contacts"]
    assert contacts[0] == {"name": None, "organization": "Apple", "role": "Press Contact",
                           "phone": "(408) 862-1142", "email": "media@apple.com", "url": None}
    assert [c["name"] for c in contacts] == [None, "Suhasini Chandramouli"]


def test_mailbox_under_its_line_takes_the_line() -> None:
    # edited: "Press Contact:" / "(408) 862-1142" / "media@apple.com", no one named
    press = "Press Contact:\n(408) 862-1142\nmedia@apple.com"
    contacts = release_of(_APPLE.format(press=press))["contacts"]
    assert contacts[0] == {"name": None, "organization": None, "role": "Press Contact",
                           "phone": "(408) 862-1142", "email": "media@apple.com", "url": None}


def test_a_number_alone_under_a_heading_is_no_contact() -> None:
    # edited: the press block cut to its heading and line: a number with no mailbox nor name
    contacts = release_of(_APPLE.format(press="Press Contact:\n(408) 862-1142"))["contacts"]
    assert [c["name"] for c in contacts] == ["Suhasini Chandramouli"]


def test_a_named_person_under_the_heading_takes_its_number() -> None:
    # as printed, with the line's number above the name: the person's, no nameless contact
    press = "Press Contact:\n(408) 862-1142\nJosh Rosenstock\nApple\njrosenstock@apple.com"
    contacts = release_of(_APPLE.format(press=press))["contacts"]
    assert [c["name"] for c in contacts] == ["Josh Rosenstock", "Suhasini Chandramouli"]
    assert contacts[0]["phone"] == "(408) 862-1142"
