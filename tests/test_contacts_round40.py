"""Contacts round 40: a phone whose bracketed area code is typed alone on the line above its
number (a narrow column of a typed or HTML contact block)."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts

_LEAD = ("Zenith expects the new plant in Round Rock to begin shipping product in the first "
         "quarter of 1998.\n\n")


def test_area_code_alone_over_its_number_is_one_phone() -> None:
    # (was: organisation "(512)" and phone "555-0100")
    assert _text_contacts(
        f"{_LEAD}"
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments, Inc.\n"
        "(512)\n"
        "555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "(512) 555-0100", None,
           None)]
    # a caption before the area code, in a narrow HTML cell
    assert _html_contacts(
        "<p>The grants will fund 40 housing counseling centers in 2004.</p>"
        "<p>Contact:<br>David Lang<br>Phone: (617)<br>555-0190</p>"
    ) == [("David Lang", None, None, "(617) 555-0190", None, None)]
    # two people typed in columns: each column keeps its own area code and number
    found = _text_contacts(
        f"{_LEAD}"
        "Contacts:\n"
        "Margaret Ellison                      David Lang\n"
        "Zenith Instruments, Inc.              Lang Communications\n"
        "(512) 555-0100                        (617) 555-0190\n"
    )
    assert [(c[0], c[3]) for c in found] == [("Margaret Ellison", "(512) 555-0100"),
                                            ("David Lang", "(617) 555-0190")]


def test_number_dialled_at_home_abroad_after_its_caption_is_the_phone() -> None:
    # a UK issuer's "Enquiries" block: numbers with a trunk "0" and no country code
    # (was: no phone, and "020 7123 4567" the organisation of a stacked block)
    assert _text_contacts(
        f"{_LEAD}"
        "Enquiries:\n"
        "Zenith Instruments plc\n"
        "Margaret Ellison, Investor Relations     Tel: 020 7123 4567\n"
        "\n"
        "Brunswick Group\n"
        "David Lang                               Tel: 020 7404 5959\n"
    ) == [("Margaret Ellison", "Zenith Instruments plc", "Investor Relations",
           "020 7123 4567", None, None),
          ("David Lang", "Brunswick Group", None, "020 7404 5959", None, None)]
    assert _html_contacts(
        "<p>The grants will fund 40 housing counseling centers in 2004.</p>"
        "<p>Media Contact:<br>David Lang<br>Mobile: 07700 900123<br>"
        "david.lang@zenith.co.uk</p>"
    ) == [("David Lang", None, "Media Contact", "07700 900123", "david.lang@zenith.co.uk",
           None)]
