"""Contacts round 36: the issuer's "Company:" label, "AT THE COMPANY:" groups heading a block,
initials run together and a title before a name in capitals."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts

_EQUITY_GROUP = ("Carl Petersen", "The Equity Group Inc.", "Investor Relations",
                 "(212) 836-9600", None, None)


def test_company_label_over_its_people_is_no_firm() -> None:
    # (was organisation "Company", and "Company: Zenith Instruments, Inc." whole)
    assert _text_contacts(
        "Contacts:\n"
        "Company:\n"
        "Margaret Ellison\n"
        "Chief Financial Officer\n"
        "(512) 555-0100\n\n"
        "Investor Relations:\n"
        "Carl Petersen\n"
        "The Equity Group Inc.\n"
        "(212) 836-9600\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None, None),
          _EQUITY_GROUP]
    assert _text_contacts(
        "Contacts:\n"
        "Company: Zenith Instruments, Inc.\n"
        "Margaret Ellison, CFO\n"
        "(512) 555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", "CFO", "(512) 555-0100", None,
           None)]
    # alone, the label is the group's role
    assert _text_contacts(
        "Contacts:\n"
        "The Company:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n"
    ) == [("Margaret Ellison", None, "The Company", "(512) 555-0100", None, None)]


def test_company_label_before_its_person_on_one_line() -> None:
    # (was organisation "Company")
    assert _text_contacts(
        "Contacts:\n"
        "Company: Margaret Ellison, CFO, (512) 555-0100\n"
        "Investors: Carl Petersen, The Equity Group, (212) 836-9600\n"
    ) == [("Margaret Ellison", None, "CFO", "(512) 555-0100", None, None),
          ("Carl Petersen", "The Equity Group", "Investors", "(212) 836-9600", None, None)]


def test_company_label_in_a_row_of_headings() -> None:
    # (was organisation "Company" under "Contacts:"; with no "Contacts:" above, no block)
    rows = (
        "Company:                            Investor Relations:\n"
        "Margaret Ellison                    Carl Petersen\n"
        "Chief Financial Officer             The Equity Group Inc.\n"
        "(512) 555-0100                      (212) 836-9600\n"
    )
    expected = [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None,
                 None), _EQUITY_GROUP]
    assert _text_contacts("Contacts:\n" + rows) == expected
    assert _text_contacts(rows) == expected
    assert _html_contacts(
        "<table><tr><td>Company:<br>Margaret Ellison<br>Chief Financial Officer<br>"
        "(512) 555-0100</td><td>Investor Relations:<br>Carl Petersen<br>The Equity Group"
        " Inc.<br>(212) 836-9600</td></tr></table>"
    ) == expected
    # each heading with its person run on after it
    assert _text_contacts(
        "Company: Margaret Ellison, (512) 555-0100      Investors: Carl Petersen,"
        " (212) 836-9600\n"
    ) == [("Margaret Ellison", None, "Company", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Investors", "(212) 836-9600", None, None)]


def test_firm_with_initials_run_together_under_a_name_stays_the_firm() -> None:
    # "J.P. Morgan" under a name is her firm, not a second person (a reading of "R.J. Smith"
    # as a name was tried this round and dropped for this)
    assert _text_contacts(
        "Contacts:\n"
        "\n"
        "Jane Doe\n"
        "J.P. Morgan\n"
        "(212) 555-1234\n"
    ) == [("Jane Doe", "J.P. Morgan", None, "(212) 555-1234", None, None)]


def test_honorific_of_a_name_typed_in_capitals_is_dropped() -> None:
    # (was "MS. MARGARET ELLISON"; "Ms. Margaret Ellison" loses her title too)
    assert _text_contacts(
        "CONTACT:  MS. MARGARET ELLISON\n"
        "          ZENITH INSTRUMENTS, INC.\n"
        "          (512) 452-2111\n"
    ) == [("MARGARET ELLISON", "ZENITH INSTRUMENTS, INC.", None, "(512) 452-2111", None,
           None)]


def test_at_group_labels_head_a_block_of_their_own() -> None:
    # the Financial Relations Board's "AT THE COMPANY: <gap> AT FINANCIAL RELATIONS BOARD:"
    # with no "Contacts:" above it (was no contact at all)
    assert _text_contacts(
        "AT THE COMPANY:                     AT FINANCIAL RELATIONS BOARD:\n"
        "Margaret Ellison                    Carl Petersen\n"
        "Chief Financial Officer             Analyst Inquiries\n"
        "(512) 555-0100                      (312) 640-6800\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None, None),
          ("Carl Petersen", "FINANCIAL RELATIONS BOARD", "Analyst Inquiries",
           "(312) 640-6800", None, None)]
    # one such label alone, over its people
    assert _text_contacts(
        "At the Company:\n"
        "Margaret Ellison\n"
        "Chief Financial Officer\n"
        "(512) 555-0100\n\n"
        "At Lippert/Heilshorn & Associates:\n"
        "Carl Petersen\n"
        "(212) 838-3777\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None, None),
          ("Carl Petersen", "Lippert/Heilshorn & Associates", None, "(212) 838-3777", None,
           None)]
    # "At December 31, 2003:" over a name is no group of contacts
    assert _text_contacts(
        "At December 31, 2003:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n"
    ) == []


def test_at_label_over_a_paragraph_is_no_contact_heading() -> None:
    # (audit) a bank holding company's "At the Bank:" subhead over news, then its contact
    # line: the label heads no block, and the news is no firm
    for label in ("At the Bank:", "At the Company's annual meeting:"):
        assert _text_contacts(
            f"{label}\n"
            "Shareholders elected three directors and ratified the appointment of auditors.\n"
            "The Board also declared a quarterly dividend.\n\n"
            "Contact: Margaret Ellison, Chief Financial Officer, (512) 555-0100\n"
        ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None,
               None)]


def test_company_label_of_a_phone_keeps_the_phone() -> None:
    # (audit) "Company: (512) ..." labels a telephone, no group of people
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments, Inc.\n"
        "Company: (512) 555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "(512) 555-0100", None, None)]
