"""Contacts round 34: toll-free numbers in letters after a bracketed area code, labelled web
sites inside a line, a number's bracketed label, a titled firm over its person, fields parted
by slashes and PR Newswire's "CONTACT:" record wrapped at the page's width."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts


def test_toll_free_letters_after_an_area_code_in_brackets() -> None:
    # (was organisation "(800) FLOWERS", no phone; inline, the role)
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "(800) FLOWERS\n"
    ) == [("Margaret Ellison", None, None, "(800) FLOWERS", None, None)]
    assert _text_contacts(
        "Contact: Margaret Ellison, (800) FLOWERS, mellison@1800flowers.com\n"
    ) == [("Margaret Ellison", None, None, "(800) FLOWERS", "mellison@1800flowers.com", None)]
    # the firm named for its number keeps its legal form, inline too
    assert _text_contacts(
        "Contact: Margaret Ellison, 1-800-FLOWERS, Inc., mellison@1800flowers.com\n"
    ) == [("Margaret Ellison", "1-800-FLOWERS, Inc.", None, None, "mellison@1800flowers.com",
           None)]


def test_labelled_bare_web_site_inside_a_line() -> None:
    # (was role "zenithinstruments.com")
    expected = [("Margaret Ellison", None, None, "212-555-1212", None, "zenithinstruments.com")]
    assert _text_contacts(
        "Contact: Margaret Ellison, 212-555-1212, Web: zenithinstruments.com\n"
    ) == expected
    assert _html_contacts(
        "<p>Contact: Margaret Ellison, 212-555-1212, Web: zenithinstruments.com</p>"
    ) == expected
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison, Investor Relations, (512) 555-0100, Website: ir.zenithinst.com\n"
    ) == [("Margaret Ellison", None, "Investor Relations", "(512) 555-0100", None,
           "ir.zenithinst.com")]


def test_bracketed_label_after_a_number_is_no_firm() -> None:
    # (was organisation "(toll free)", "(U.S. & Canada)", ...; inline, the role)
    for label in ("(toll free)", "(toll-free)", "(U.S. & Canada)", "(International)"):
        assert _text_contacts(
            "Contact:\n"
            "Margaret Ellison\n"
            f"1-800-555-0100 {label}\n"
            "(512) 555-0100\n"
        ) == [("Margaret Ellison", None, None, "1-800-555-0100", None, None)], label
        assert _text_contacts(
            f"Contact: Margaret Ellison, 1-800-555-0100 {label}, mellison@zenith.com\n"
        ) == [("Margaret Ellison", None, None, "1-800-555-0100", "mellison@zenith.com",
               None)], label
    assert _html_contacts(
        "<p>Contact:<br>Margaret Ellison<br>(800) 555-0100 (toll free)<br>(512) 555-0100</p>"
    ) == [("Margaret Ellison", None, None, "(800) 555-0100", None, None)]
    # a group's word in the bracket is still the role
    assert _text_contacts(
        "Contact: Margaret Ellison, 212-555-0100 (Media)\n"
    ) == [("Margaret Ellison", None, "Media", "212-555-0100", None, None)]


def test_titled_firm_opening_a_block_heads_its_person() -> None:
    # (was a person "Fields Brands" with the phone, and Margaret Ellison with no firm)
    expected = [("Margaret Ellison", "Mrs. Fields Brands", None, "(801) 555-0100", None, None)]
    assert _text_contacts(
        "Contact:\n"
        "Mrs. Fields Brands\n"
        "Margaret Ellison\n"
        "(801) 555-0100\n"
    ) == expected
    assert _html_contacts(
        "<p>Contact:<br>Mrs. Fields Brands<br>Margaret Ellison<br>(801) 555-0100</p>"
    ) == expected
    # a titled person over a titled one, or over a role, stays a person
    assert [c[0] for c in _text_contacts(
        "Contacts:\n"
        "Mr. John Brands\n"
        "Ms. Margaret Ellison\n"
        "(801) 555-0100\n"
    )] == ["John Brands", "Margaret Ellison"]
    assert _text_contacts(
        "Contact:\n"
        "Mr. John Brands\n"
        "Chief Financial Officer\n"
        "(512) 555-0188\n"
    ) == [("John Brands", None, "Chief Financial Officer", "(512) 555-0188", None, None)]


def test_fields_parted_by_slashes() -> None:
    # (was no contact at all; unspaced, a second person "Zenith Instruments")
    assert _text_contacts(
        "Contact: Margaret Ellison / Zenith Instruments, Inc. / 512-555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "512-555-0100", None, None)]
    assert _text_contacts(
        "Contact: Margaret Ellison/Zenith Instruments/512-555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments", None, "512-555-0100", None, None)]
    # two people parted by a slash, and a firm over its people, read as before
    assert [c[0] for c in _text_contacts(
        "Contact: Margaret Ellison / Carl Petersen / (512) 555-0188\n"
    )] == ["Margaret Ellison", "Carl Petersen"]
    assert _text_contacts(
        "Contact: Morgen-Walke Associates / Jim Byers, Lauren Levine, (212) 850-5600\n"
    ) == [("Jim Byers", "Morgen-Walke Associates", None, "(212) 850-5600", None, None),
          ("Lauren Levine", "Morgen-Walke Associates", None, "(212) 850-5600", None, None)]


def test_one_line_record_wrapped_at_the_page_width() -> None:
    # PR Newswire's "CONTACT:" paragraph typed at 80 columns (was organisation "Instruments,
    # Inc." and role "Chief Financial Officer of Zenith"; "Brunswick" with its "Group" lost)
    assert _text_contacts(
        "CONTACT: Margaret Ellison, Chief Financial Officer of Zenith\n"
        "Instruments, Inc., +1-512-555-0100, mellison@zenithinst.com\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", "Chief Financial Officer",
           "+1-512-555-0100", "mellison@zenithinst.com", None)]
    assert _text_contacts(
        "CONTACT: Margaret Ellison, Chief Financial Officer of Zenith Instruments, Inc.,\n"
        "+1-512-555-0100, mellison@zenithinst.com; or Media, Carl Petersen of Brunswick\n"
        "Group, +1-212-333-3810, cpetersen@brunswickgroup.com\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", "Chief Financial Officer",
           "+1-512-555-0100", "mellison@zenithinst.com", None),
          ("Carl Petersen", "Brunswick Group", "Media", "+1-212-333-3810",
           "cpetersen@brunswickgroup.com", None)]
    # (was role "Investor Relations, , both of Zenith Instruments", no firm)
    assert _text_contacts(
        "CONTACT: Margaret Ellison, Chief Financial Officer, +1-512-555-0100, or\n"
        "Carl Petersen, Investor Relations, +1-512-555-0101, both of Zenith Instruments\n"
    ) == [("Margaret Ellison", "Zenith Instruments", "Chief Financial Officer",
           "+1-512-555-0100", None, None),
          ("Carl Petersen", "Zenith Instruments", "Investor Relations", "+1-512-555-0101",
           None, None)]
    # long records of their own, one a line, stay apart
    assert _text_contacts(
        "Contacts: Margaret Ellison, Chief Financial Officer, 512-555-0100, mellison@zenith.com\n"
        "Carl Petersen, Investor Relations, 512-555-0101, cpetersen@zenith.com\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "512-555-0100",
           "mellison@zenith.com", None),
          ("Carl Petersen", None, "Investor Relations", "512-555-0101", "cpetersen@zenith.com",
           None)]


# Audit of this round's rules: false positives mended


def test_name_and_long_title_line_keeps_the_firm_line_under_it() -> None:
    # a whole "Name, Title" row over its firm is a stacked block, no wrapped record (was
    # organisation "Executive Vice President ... Officer Zenith Corporation", no role)
    role = "Executive Vice President and Chief Financial Officer"
    for firm in ("Zenith Corporation", "Zenith Instruments Inc.", "The Zenith Group"):
        expected = [("Margaret Ellison", firm, role, "(512) 555-0100", None, None)]
        assert _text_contacts(
            "Contact:\n"
            f"Margaret Ellison, {role}\n"
            f"{firm}\n"
            "(512) 555-0100\n"
        ) == expected, firm
        assert _html_contacts(
            f"<p>Contact:<br>Margaret Ellison, {role}<br>{firm}<br>(512) 555-0100</p>"
        ) == expected, firm
    # the label on the name's line, and a city's line under it (was organisation "Texas")
    assert _text_contacts(
        f"CONTACT: Margaret Ellison, {role}\n"
        "Austin, Texas\n"
        "(512) 555-0100\n"
    )[0][2] == role
    # a PR Newswire record cut after "of" still goes on
    assert _text_contacts(
        f"CONTACT: Margaret Ellison, {role} of\n"
        "Zenith Instruments, Inc., +1-512-555-0100, mellison@zenithinst.com\n"
    ) == [("Margaret Ellison", "Zenith Instruments, Inc.", role, "+1-512-555-0100",
           "mellison@zenithinst.com", None)]


def test_labelled_row_never_joins_the_row_above() -> None:
    # (was one contact, organisation "Zenith Instruments Inc. Media: Carl Petersen, ...")
    assert _text_contacts(
        "Investors: Margaret Ellison, Chief Financial Officer, Zenith Instruments Inc.\n"
        "Media: Carl Petersen, Brunswick Group, (212) 333-3810\n"
    ) == [("Margaret Ellison", "Zenith Instruments Inc.", "Chief Financial Officer", None,
           None, None),
          ("Carl Petersen", "Brunswick Group", "Media", "(212) 333-3810", None, None)]
    # (was role "... Officer Media Relations: Carl Petersen")
    assert [c[0] for c in _text_contacts(
        "Contacts:\n"
        "Margaret Ellison, Executive Vice President and Chief Financial Officer\n"
        "Media Relations: Carl Petersen, (512) 555-0101\n"
    )] == ["Margaret Ellison", "Carl Petersen"]


def test_desk_word_in_brackets_after_a_number_stays_the_role() -> None:
    # only a line's or a region's words label the number (was role None)
    for desk in ("media", "investor relations", "sales"):
        assert _text_contacts(
            f"Contact: Margaret Ellison, (212) 555-0100 ({desk}), mellison@zenith.com\n"
        ) == [("Margaret Ellison", None, desk, "(212) 555-0100", "mellison@zenith.com",
               None)], desk
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison (212) 555-0100 (media)\n"
        "Carl Petersen (212) 555-0101 (investors)\n"
    ) == [("Margaret Ellison", None, "media", "(212) 555-0100", None, None),
          ("Carl Petersen", None, "investors", "(212) 555-0101", None, None)]
    # a line's word is still cut
    assert _text_contacts(
        "Contact: Margaret Ellison, (212) 555-0100 (main), mellison@zenith.com\n"
    ) == [("Margaret Ellison", None, None, "(212) 555-0100", "mellison@zenith.com", None)]


def test_street_numbered_like_a_toll_free_code_is_no_phone() -> None:
    # an all-caps address line of the 1990s (was phone "800 BOYLSTON", "888 SEVENTH")
    assert _text_contacts(
        "CONTACT:\n"
        "MARGARET ELLISON\n"
        "ZENITH INSTRUMENTS, INC.\n"
        "800 BOYLSTON, SUITE 1200\n"
        "BOSTON, MA 02199\n"
    ) == []
    assert all(c[3] is None for c in _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments, Inc.\n"
        "888 SEVENTH, NEW YORK, NY 10019\n"
    ))
    # joined by a dash, the letters are a number
    assert _text_contacts(
        "Contact: Margaret Ellison, 800-FLOWERS, mellison@1800flowers.com\n"
    ) == [("Margaret Ellison", None, None, "800-FLOWERS", "mellison@1800flowers.com", None)]


def test_slash_parted_people_and_labels_are_no_firm() -> None:
    # (was organisation "Investors: Carl Petersen", "Ellen St. John")
    for line in ("Contact: Media: Margaret Ellison / Investors: Carl Petersen / 512-555-0100\n",
                 "Contact: Margaret Ellison / Ellen St. John / 512-555-0100\n"):
        assert all(c[1] is None for c in _text_contacts(line)), line
    # PR Newswire's "or" line is the next record (was Carl Petersen lost)
    assert _text_contacts(
        "CONTACT: Margaret Ellison/Zenith Instruments/512-555-0100\n"
        "  or Carl Petersen/Brunswick/212-333-3810/\n"
    ) == [("Margaret Ellison", "Zenith Instruments", None, "512-555-0100", None, None),
          ("Carl Petersen", "Brunswick", None, "212-333-3810", None, None)]


def test_titled_person_named_like_a_firm_stays_a_person() -> None:
    # a given name in the middle, or a person with a job of their own under it (was
    # organisation "Mr. Gary Brands", "Ms. Jane Foods")
    assert [c[0] for c in _text_contacts(
        "Contacts:\n"
        "Mr. Gary Brands\n"
        "Carl Petersen, Vice President\n"
        "(801) 555-0100\n"
    )] == ["Gary Brands", "Carl Petersen"]
    assert [c[:2] for c in _text_contacts(
        "Contacts:\n"
        "Ms. Jane Foods\n"
        "Carl Petersen\n"
        "(801) 555-0100\n"
    )] == [("Jane Foods", None), ("Carl Petersen", None)]
