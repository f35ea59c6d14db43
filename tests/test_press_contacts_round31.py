"""Contacts round 31: firms printed as labels, web-site labels and HTML table rows."""

from __future__ import annotations

from test_press_contacts_round30 import html_release, text_release  # the rounds' 8-K heads

_Brief = list[tuple[str | None, ...]]


def _brief(contacts: list[dict[str, str | None]]) -> _Brief:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"], c["url"])
            for c in contacts]


def _text_contacts(tail: str) -> _Brief:
    return _brief(text_release(tail)["contacts"])


def _html_contacts(tail: str) -> _Brief:
    return _brief(html_release(tail)["contacts"])


def test_web_site_label_under_a_name_is_the_url() -> None:
    # "Web Site: www...." is a label and the address, no firm called "Site"
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n"
        "Web Site: www.zenithinstruments.com\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0100", None,
           "www.zenithinstruments.com")]


def test_home_page_and_internet_labels_under_a_firm() -> None:
    # with the firm printed, the label line read as a firm heading a next name lost the url
    for label in ("Web site:", "Internet:", "Home Page:"):
        assert _text_contacts(
            "Contact:\n"
            "Margaret Ellison\n"
            "Zenith Instruments, Inc.\n"
            "(512) 555-0100\n"
            f"{label} http://www.zenithinstruments.com\n"
        ) == [("Margaret Ellison", "Zenith Instruments, Inc.", None, "(512) 555-0100", None,
               "http://www.zenithinstruments.com")], label


def test_firm_named_after_founders_as_a_label() -> None:
    # "Citigate Dewe Rogerson:" over its person is the firm, not a second contact
    assert _text_contacts(
        "CONTACTS:\n"
        "Zenith Instruments, Inc.\n"
        "Margaret Ellison, Chief Financial Officer\n"
        "(512) 555-0100\n\n"
        "Citigate Dewe Rogerson:\n"
        "Carl Petersen\n"
        "(212) 688-6840\n"
    ) == [
        ("Margaret Ellison", "Zenith Instruments, Inc.", "Chief Financial Officer",
         "(512) 555-0100", None, None),
        ("Carl Petersen", "Citigate Dewe Rogerson", None, "(212) 688-6840", None, None),
    ]


def test_unlisted_firm_named_like_a_person_over_a_name() -> None:
    # a colon-closed label reading as a name, right over a name, is the firm
    assert _text_contacts(
        "Contacts:\n"
        "Gavin Anderson:\n"
        "Carl Petersen\n"
        "(212) 515-1960\n"
    ) == [("Carl Petersen", "Gavin Anderson", None, "(212) 515-1960", None, None)]


def test_firm_label_before_a_name_on_one_line() -> None:
    # "Financial Dynamics: John Roe, ..." names the firm, no role
    assert _html_contacts(
        "<p><b>Contacts:</b></p>"
        "<p><b>Citigate Dewe Rogerson:</b> Carl Petersen, (212) 688-6840</p>"
        "<p><b>Financial Dynamics:</b> Laura Quinn, (212) 850-5600</p>"
    ) == [
        ("Carl Petersen", "Citigate Dewe Rogerson", None, "(212) 688-6840", None, None),
        ("Laura Quinn", "Financial Dynamics", None, "(212) 850-5600", None, None),
    ]


def test_company_without_legal_form_under_a_name() -> None:
    # "Zenith Instruments" ends in a firm's noun: no second person sharing the phone
    assert _text_contacts(
        "Contact:\n"
        "Margaret Ellison\n"
        "Zenith Instruments\n"
        "(512) 555-0100\n"
    ) == [("Margaret Ellison", "Zenith Instruments", None, "(512) 555-0100", None, None)]


def test_at_the_company_in_mixed_case() -> None:
    # "At the Company:" is the issuer's group, as "AT THE COMPANY:" is
    assert _text_contacts(
        "Contacts:\n"
        "At the Company:\n"
        "Margaret Ellison\n"
        "(512) 555-0100\n\n"
        "At the Financial Relations Board:\n"
        "Carl Petersen\n"
        "(312) 640-6696\n"
    ) == [
        ("Margaret Ellison", None, None, "(512) 555-0100", None, None),
        ("Carl Petersen", "The Financial Relations Board", None, "(312) 640-6696", None, None),
    ]


def test_html_table_headed_by_groups_and_a_region() -> None:
    # "Investors:<TAB>Media:<TAB>Europe:" over three columns: each heading its own
    assert _html_contacts(
        "<p>Contacts:</p><table>"
        "<tr><td>Investors:</td><td>Media:</td><td>Europe:</td></tr>"
        "<tr><td>Margaret Ellison</td><td>Carl Petersen</td><td>Hans Becker</td></tr>"
        "<tr><td>(512) 555-0100</td><td>(212) 555-0199</td><td>+49 69 1234 5678</td></tr>"
        "</table>"
    ) == [
        ("Margaret Ellison", None, "Investors", "(512) 555-0100", None, None),
        ("Carl Petersen", None, "Media", "(212) 555-0199", None, None),
        ("Hans Becker", None, "Europe", "+49 69 1234 5678", None, None),
    ]


def test_html_cell_name_run_into_a_firm_with_a_job_word() -> None:
    # "John Roe<br>Financial Dynamics<br>(212) ..." in one cell: the firm after the name
    assert _html_contacts(
        "<p>Contacts:</p><table><tr>"
        "<td>Margaret Ellison<br>Chief Financial Officer<br>Zenith Instruments, Inc.<br>"
        "(512) 555-0100<br>mellison@zenithinstruments.com</td>"
        "<td>Carl Petersen<br>Financial Dynamics<br>(212) 850-5600<br>cpetersen@fd.com</td>"
        "</tr></table>"
    ) == [
        ("Margaret Ellison", "Zenith Instruments, Inc.", "Chief Financial Officer",
         "(512) 555-0100", "mellison@zenithinstruments.com", None),
        ("Carl Petersen", "Financial Dynamics", None, "(212) 850-5600", "cpetersen@fd.com",
         None),
    ]


def test_person_name_label_over_a_name_is_no_firm() -> None:
    # a label reading as a person's name (not a relations firm's) heads no one: both people
    expected = [("Margaret Ellison", None, None, "(512) 555-0100", None, None),
                ("Carl Petersen", None, None, "(512) 555-0100", None, None)]
    assert _text_contacts(
        "Contacts:\nMargaret Ellison:\nCarl Petersen\n(512) 555-0100\n") == expected
    assert _text_contacts(
        "Contacts:\nMs. Margaret Ellison:\nMr. Carl Petersen\n(512) 555-0100\n") == expected
    # listed firms ("Hill & Knowlton", "Kekst", ...) head their people, however printed
    for firm in ("Gavin Anderson", "Hill & Knowlton", "Edelman", "Ruder Finn"):
        assert _text_contacts(
            f"Contacts:\n{firm}:\nCarl Petersen\n(212) 515-1960\n"
        ) == [("Carl Petersen", firm, None, "(212) 515-1960", None, None)], firm


def test_segment_labels_are_roles_not_firms() -> None:
    # "Electronics:", "Healthcare Investments:", "Consumer Products:" name a segment's desk
    assert _text_contacts(
        "Contacts:\n"
        "Electronics: Margaret Ellison, (512) 555-0100\n"
        "Healthcare Investments: Carl Petersen, (512) 555-0188\n"
    ) == [("Margaret Ellison", None, "Electronics", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Healthcare Investments", "(512) 555-0188", None, None)]
    assert _text_contacts(
        "Contacts:\n"
        "Consumer Products:\nMargaret Ellison\n(512) 555-0100\n\n"
        "Life Sciences:\nCarl Petersen\n(512) 555-0188\n"
    ) == [("Margaret Ellison", None, "Consumer Products", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Life Sciences", "(512) 555-0188", None, None)]
    assert _html_contacts(
        "<p><b>Contacts:</b></p>"
        "<p><b>Electronics:</b> Margaret Ellison, (512) 555-0100</p>"
        "<p><b>Human Resources:</b> Carl Petersen, (512) 555-0188</p>"
    ) == [("Margaret Ellison", None, "Electronics", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Human Resources", "(512) 555-0188", None, None)]


def test_web_site_in_a_job_title_is_no_label() -> None:
    # "Web Site" is a label only before its colon or address: "Web Site Manager" is a job
    assert _text_contacts(
        "Contacts:\n"
        "Margaret Ellison, Chief Financial Officer\n(512) 555-0100\n\n"
        "Carl Petersen, Web Site Manager\n(512) 555-0188\n"
        "Web site www.zenithinstruments.com\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0100", None, None),
          ("Carl Petersen", None, "Web Site Manager", "(512) 555-0188", None,
           "www.zenithinstruments.com")]
