"""Contacts round 33: one-word firm labels, titled names, numbers' labels, bare web sites,
angle-bracketed e-mails and toll-free numbers spelt in letters; and where each of these is a
firm's name after all ("1-800-FLOWERS, Inc.", "salesforce.com", "KCSA:", "Mrs. Fields
Brands", "Phoenix:" over mellison@phoenix.com)."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts


def test_one_word_label_is_the_firm_only_where_its_domain_spells_it() -> None:
    # an unknown word alone may be a group's ("Publicist:", "Retail:"), so it stays the role;
    # the firm's reading needs the cell's e-mail domain to spell the word
    assert _text_contacts(
        "Contacts:\n"
        "Zenith: Margaret Ellison, (512) 555-0100, mellison@zenithinstruments.com\n"
        "Retail: Carl Petersen, (212) 333-3810\n"
    ) == [("Margaret Ellison", "Zenith", None, "(512) 555-0100",
           "mellison@zenithinstruments.com", None),
          ("Carl Petersen", None, "Retail", "(212) 333-3810", None, None)]


def test_city_label_is_the_role_inline_and_alone() -> None:
    # "London:" is an office's label, no firm, whether its person follows on the line or below
    expected = [("Margaret Ellison", None, "London", "+44 (0)20 7123 4567", None, None),
                ("Carl Petersen", None, "New York", "(212) 333-3810", None, None)]
    assert _text_contacts(
        "Contacts:\n"
        "London:\nMargaret Ellison\n+44 (0)20 7123 4567\n\n"
        "New York:\nCarl Petersen\n(212) 333-3810\n"
    ) == expected
    assert _text_contacts(
        "Contacts:\n"
        "London: Margaret Ellison, +44 (0)20 7123 4567\n"
        "New York: Carl Petersen, (212) 333-3810\n"
    ) == expected


def test_titled_name_ending_in_a_firm_noun_is_a_person() -> None:
    # "Mr. John Brands": a title and two names, no firm called "Brands"
    assert _text_contacts(
        "Contact:\n"
        "Mr. John Brands\n"
        "Chief Financial Officer\n"
        "(512) 555-0188\n"
    ) == [("John Brands", None, "Chief Financial Officer", "(512) 555-0188", None, None)]
    assert _text_contacts(
        "Contact: Mr. John Brands, Chief Financial Officer, (512) 555-0188\n"
    ) == [("John Brands", None, "Chief Financial Officer", "(512) 555-0188", None, None)]


def test_label_of_a_number_under_a_name_is_no_firm() -> None:
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison\n"
        "Insurance: (512) 555-1212\n"
        "Corporate: (512) 555-0100\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-1212", None, None)]
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Investor Relations\n"
        "Insurance: (512) 555-1212\n"
    ) == [("Margaret Ellison", None, "Investor Relations", "(512) 555-1212", None, None)]


def test_bare_web_site_is_the_url() -> None:
    # no "www.": the label, or a host in lower case, tells the site from a firm's name
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n"
        "Web: zenithinstruments.com\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", None, "zenithinstruments.com")]
    assert _html_contacts(
        "<p>Investor Contact:<br>Margaret Ellison<br>(512) 555-0100<br>ir.zenith.com</p>"
    ) == [("Margaret Ellison", None, "Investor Contact", "(512) 555-0100", None,
           "ir.zenith.com")]


def test_email_in_angle_brackets_after_the_name() -> None:
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison <mellison@zenith.com>\n"
        "(512) 555-0100\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", "mellison@zenith.com", None)]


def test_toll_free_number_spelt_in_letters_is_the_phone() -> None:
    for number in ("1-800-ZENITH-1", "1-800-555-ZNTH", "(888) 4-ZENITH"):
        assert _text_contacts(
            "Contact:\n"
            "Margaret Ellison\n"
            f"{number}\n"
        )[0][1] is None, number
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Investor Hotline: 1-800-ZENITH-1\n"
    ) == [("Margaret Ellison", None, None, "1-800-ZENITH-1", None, None)]


def test_firm_named_for_its_toll_free_number_stays_the_firm() -> None:
    # (was phone "1-800-FLOWERS", org "Inc.", the real number lost)
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "1-800-FLOWERS, Inc.\n"
        "(516) 555-0100\n"
    ) == [("Margaret Ellison", "1-800-FLOWERS, Inc.", None, "(516) 555-0100", None, None)]
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Chief Financial Officer\n"
        "1-800 CONTACTS, Inc.\n"
        "801-555-0100\n"
    ) == [("Margaret Ellison", "1-800 CONTACTS, Inc.", "Chief Financial Officer",
           "801-555-0100", None, None)]
    # the firm's name alone under a person with a phone (was dropped)
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "(516) 555-0100\n"
        "1-800-FLOWERS\n"
    ) == [("Margaret Ellison", "1-800-FLOWERS", None, "(516) 555-0100", None, None)]


def test_lower_case_firm_name_is_no_web_site() -> None:
    # (was url "salesforce.com", no org): a bare host needs a web label, a subdomain or a path
    assert _text_contacts(
        "Investor Contact:\n"
        "Margaret Ellison\n"
        "salesforce.com\n"
        "(415) 555-0100\n"
    ) == [("Margaret Ellison", "salesforce.com", "Investor Contact", "(415) 555-0100", None,
           None)]
    assert _html_contacts(
        "<p>Investor Contact:<br>Margaret Ellison<br>drugstore.com<br>(425) 555-0100</p>"
    ) == [("Margaret Ellison", "drugstore.com", "Investor Contact", "(425) 555-0100", None,
           None)]
    # a path makes it a site
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n"
        "zenith.com/investors\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", None, "zenith.com/investors")]


def test_agency_label_before_a_second_number_is_the_firm() -> None:
    # (was dropped as the number's label): an acronym or an unknown word names the agency
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison\n"
        "(512) 555-0199\n"
        "KCSA: (212) 555-0100\n"
    ) == [("Margaret Ellison", "KCSA", None, "(512) 555-0199", None, None)]
    assert _html_contacts(
        "<p>Contact:<br>Margaret Ellison<br>Blueshirt: (415) 555-0100</p>"
    ) == [("Margaret Ellison", "Blueshirt", None, "(415) 555-0100", None, None)]


def test_titled_firm_under_a_person_is_her_firm() -> None:
    # (was a second person "Fields Brands")
    assert _html_contacts(
        "<p>Contact:<br>Margaret Ellison<br>Mrs. Fields Brands<br>(801) 555-0100</p>"
    ) == [("Margaret Ellison", "Mrs. Fields Brands", None, "(801) 555-0100", None, None)]
    # two titled people stay two people
    assert [c[0] for c in _text_contacts(
        "Contacts:\n"
        "Ms. Margaret Ellison\n"
        "Mr. John Brands\n"
        "(801) 555-0100\n"
    )] == ["Margaret Ellison", "John Brands"]


def test_city_label_the_domain_spells_is_the_firm() -> None:
    # (was role "Phoenix")
    assert _text_contacts(
        "Contacts:\n"
        "Phoenix: Margaret Ellison, (408) 555-0100, mellison@phoenix.com\n"
    ) == [("Margaret Ellison", "Phoenix", None, "(408) 555-0100", "mellison@phoenix.com",
           None)]
