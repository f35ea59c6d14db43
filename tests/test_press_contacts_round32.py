"""Contacts round 32: web jobs, one-word segment labels and surnames that are firm nouns."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts


def test_web_job_titles_keep_their_web_word() -> None:
    # "Web" is a label only before a colon or an address: "Web Manager" is a job
    assert _text_contacts(
        "Contact:\n"
        "Carl Petersen, Web Manager\n"
        "(512) 555-0188\n"
    ) == [("Carl Petersen", None, "Web Manager", "(512) 555-0188", None, None)]
    assert _html_contacts(
        "<p>Contact:</p>"
        "<p>Carl Petersen<br>Web Content Manager<br>(512) 555-0188</p>"
    ) == [("Carl Petersen", None, "Web Content Manager", "(512) 555-0188", None, None)]
    # (the label still goes before its address)
    assert _text_contacts(
        "Contact:\n"
        "Carl Petersen, (512) 555-0188\n"
        "Web: www.zenithinstruments.com\n"
    ) == [("Carl Petersen", None, None, "(512) 555-0188", None, "www.zenithinstruments.com")]


def test_one_word_segment_label_alone_is_the_role() -> None:
    # "Electronics:" over its person names a segment's desk, no firm
    expected = [("Margaret Ellison", None, "Electronics", "(512) 555-0100", None, None),
                ("Carl Petersen", None, "Software", "(512) 555-0188", None, None)]
    assert _text_contacts(
        "Contacts:\n\n"
        "Electronics:\nMargaret Ellison\n(512) 555-0100\n\n"
        "Software:\nCarl Petersen\n(512) 555-0188\n"
    ) == expected
    assert _html_contacts(
        "<p><b>Contacts:</b></p>"
        "<p><b>Electronics:</b><br>Margaret Ellison<br>(512) 555-0100</p>"
        "<p><b>Software:</b><br>Carl Petersen<br>(512) 555-0188</p>"
    ) == expected


def test_one_word_segment_labels_over_table_columns() -> None:
    assert _html_contacts(
        "<p>Contacts:</p><table>"
        "<tr><td>Electronics:</td><td>Software:</td></tr>"
        "<tr><td>Margaret Ellison</td><td>Carl Petersen</td></tr>"
        "<tr><td>(512) 555-0100</td><td>(512) 555-0188</td></tr>"
        "</table>"
    ) == [("Margaret Ellison", None, "Electronics", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Software", "(512) 555-0188", None, None)]


def test_surname_that_is_a_firm_noun_with_an_initial() -> None:
    # "John A. Brands": an initial is a person's, no firm's ("Zenith Instruments" stays one)
    assert _text_contacts(
        "Contact:\n"
        "John A. Brands\n"
        "Chief Financial Officer\n"
        "(512) 555-0188\n"
    ) == [("John A. Brands", None, "Chief Financial Officer", "(512) 555-0188", None, None)]
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments\n"
        "(512) 555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments", None, "(512) 555-0100", None, None)]


def test_surname_that_is_a_firm_noun_spelt_by_the_email() -> None:
    assert _text_contacts(
        "Contact: John Brands, (512) 555-0188, jbrands@zenithinstruments.com\n"
    ) == [("John Brands", None, None, "(512) 555-0188", "jbrands@zenithinstruments.com",
           None)]


def test_firm_whose_email_runs_its_words_together_is_no_person() -> None:
    # "nevadaminerals@aol.com" is the firm's own mailbox: the firm's line under its
    # president is his organisation, no second contact
    assert _text_contacts(
        "Contact:\n"
        "John Smith, President\n"
        "Nevada Minerals, (775) 555-1234, nevadaminerals@aol.com\n"
    ) == [("John Smith", "Nevada Minerals", "President", "(775) 555-1234",
           "nevadaminerals@aol.com", None)]
    # both names apart in the local part are a person's
    assert _text_contacts(
        "Contact: John Brands, (512) 555-0188, john.brands@zenithinstruments.com\n"
    ) == [("John Brands", None, None, "(512) 555-0188", "john.brands@zenithinstruments.com",
           None)]


def test_firms_named_for_their_founders_are_no_people() -> None:
    # an initial or an honorific opening a firm's name makes no person of it
    for firm in ("J. Crew Products", "Mrs. Fields Famous Brands", "Dr Pepper Brands",
                 "A. O. Smith Products", "B. Riley Investments"):
        assert _text_contacts(
            "Contact:\n"
            "Margaret Ellison\n"
            f"{firm}\n"
            "(512) 555-0100\n"
        ) == [("Margaret Ellison", firm, None, "(512) 555-0100", None, None)]


def test_web_labels_before_the_address() -> None:
    for line in ("Web - www.zenithinstruments.com", "Web | www.zenithinstruments.com",
                 "Web at www.zenithinstruments.com", "Web (www.zenithinstruments.com)",
                 "Web. www.zenithinstruments.com", "Web Address: www.zenithinstruments.com",
                 "Web Page: www.zenithinstruments.com", "Web-site: www.zenithinstruments.com"):
        assert _text_contacts(
            "Contact:\n"
            "Carl Petersen, (512) 555-0188\n"
            f"{line}\n"
        ) == [("Carl Petersen", None, None, "(512) 555-0188", None,
               "www.zenithinstruments.com")], line
    assert _html_contacts(
        "<p>Contact:</p>"
        "<p>Carl Petersen<br>Phone: (512) 555-0188<br>"
        "Web Address: www.zenithinstruments.com</p>"
    ) == [("Carl Petersen", None, None, "(512) 555-0188", None, "www.zenithinstruments.com")]


def test_one_word_label_the_email_domain_spells_is_the_firm() -> None:
    # "Dynamics" over "mellison@dynamics.com" heads its column as the firm, no segment
    assert _html_contacts(
        "<p>Contacts:</p><table>"
        "<tr><td>Dynamics</td><td>ICR</td></tr>"
        "<tr><td>Margaret Ellison</td><td>Carl Petersen</td></tr>"
        "<tr><td>mellison@dynamics.com</td><td>cpetersen@icrinc.com</td></tr>"
        "</table>"
    ) == [("Margaret Ellison", "Dynamics", None, None, "mellison@dynamics.com", None),
          ("Carl Petersen", "ICR", None, None, "cpetersen@icrinc.com", None)]
    assert _text_contacts(
        "Contacts:\n"
        "Dynamics: Margaret Ellison, (512) 555-0100, mellison@dynamics.com\n"
    ) == [("Margaret Ellison", "Dynamics", None, "(512) 555-0100", "mellison@dynamics.com",
           None)]
