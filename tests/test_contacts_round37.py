"""Contacts round 37: a group's label printed after its person's name, before the number."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts


def test_group_label_before_a_number_under_a_name() -> None:
    # "Jane Doe" / "Media: (312) ..." (was: Jane Doe with nothing, her number and label
    # given to the next person)
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison\n"
        "Media: (312) 555-1234\n"
        "mellison@zenithinst.com\n\n"
        "Carl Petersen\n"
        "Investors: (312) 555-1300\n"
        "cpetersen@zenithinst.com\n"
    ) == [("Margaret Ellison", None, "Media", "(312) 555-1234", "mellison@zenithinst.com",
           None),
          ("Carl Petersen", None, "Investors", "(312) 555-1300", "cpetersen@zenithinst.com",
           None)]
    # the same in HTML paragraphs, <br> between the lines
    assert _html_contacts(
        "<p><b>Contacts:</b></p>"
        "<p>Margaret Ellison<br>Investor Relations: +1 (512) 555-0143<br>"
        "mellison@zenithinst.com</p>"
        "<p>Carl Petersen<br>Media Relations: +1 (512) 555-0178<br>"
        "cpetersen@zenithinst.com</p>"
    ) == [("Margaret Ellison", None, "Investor Relations", "+1 (512) 555-0143",
           "mellison@zenithinst.com", None),
          ("Carl Petersen", None, "Media Relations", "+1 (512) 555-0178",
           "cpetersen@zenithinst.com", None)]
    # a label under one with a number of their own heads the next group, as before
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n\n"
        "Media:\n"
        "Carl Petersen\n"
        "(212) 687-8080\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Media", "(212) 687-8080", None, None)]


def test_group_labels_with_numbers_under_names_in_columns() -> None:
    # (was: both people with no number nor role)
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison                      Carl Petersen\n"
        "Investors: (512) 555-0100             Media: (212) 687-8080\n"
    ) == [("Margaret Ellison", None, "Investors", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Media", "(212) 687-8080", None, None)]


def test_group_label_under_a_name_with_a_role_keeps_the_role() -> None:
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison, Chief Financial Officer\n"
        "Investor Relations: (512) 555-0100\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None, None)]


def test_name_then_its_group_label_on_one_line() -> None:
    # "Jane Doe / Media: (312) ..." (was: no contact; "Margaret Ellison / Media" the role)
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison / Media: (312) 555-1234\n"
        "Carl Petersen / Investor Relations: (312) 555-1300\n"
    ) == [("Margaret Ellison", None, "Media", "(312) 555-1234", None, None),
          ("Carl Petersen", None, "Investor Relations", "(312) 555-1300", None, None)]
    # set apart by a gap
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison       Media: (312) 555-1234\n"
        "Carl Petersen          Investors: (312) 555-1300\n"
    ) == [("Margaret Ellison", None, "Media", "(312) 555-1234", None, None),
          ("Carl Petersen", None, "Investors", "(312) 555-1300", None, None)]
    # "<Firm> media contact: <person>" as before; with one space and only a number after
    # it, no one is named
    assert _text_contacts(
        "Eli Lilly Media Contact: Margaret Ellison, (317) 276-5795\n"
    ) == [("Margaret Ellison", "Eli Lilly", "Media Contact", "(317) 276-5795", None, None)]
    assert _text_contacts("Contacts:\nEli Lilly Media Contact: (317) 276-5795\n") == []


def test_the_company_after_a_name_is_no_firm() -> None:
    # "at the Company": the issuer, no organisation's name (was: no contact, or the
    # organisation "at the Company")
    assert _text_contacts(
        "For more information, contact Margaret Ellison at the Company at (512) 555-0100.\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", None, None)]
    assert _text_contacts(
        "For further information, please contact Margaret Ellison, Chief Financial Officer, "
        "at the Company, (512) 555-0100.\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None, None)]
    assert _text_contacts(
        "CONTACT: Margaret Ellison of the Corporation, (512) 555-0100\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", None, None)]
    # a firm's name after "at" stays
    assert _text_contacts(
        "For more information, contact Carl Petersen at Morgen-Walke Associates at "
        "(212) 850-5600.\n"
    ) == [("Carl Petersen", "Morgen-Walke Associates", None, "(212) 850-5600", None, None)]


def test_group_label_under_a_titled_name_in_a_group_heads_the_next_group() -> None:
    # "Investor Contact:" / "Jane Doe, Chief Financial Officer": she is of her heading's
    # group; a "Media:" number under her is the media line's, not hers (was: her phone)
    assert _text_contacts(
        "Investor Contact:\n"
        "Margaret Ellison, Chief Financial Officer\n"
        "Media: (312) 555-1234\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", None, None, None)]
    assert _text_contacts(
        "Investor Contact:\n"
        "Margaret Ellison\n"
        "Chief Financial Officer\n\n"
        "Media:\n"
        "(312) 555-1234\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", None, None, None)]
    # with no role she takes the first label and number only
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison\n"
        "Investors: (312) 555-1234\n"
        "Media: (312) 555-9999\n"
    ) == [("Margaret Ellison", None, "Investors", "(312) 555-1234", None, None)]
