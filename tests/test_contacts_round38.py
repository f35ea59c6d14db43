"""Contacts round 38: the contact sentence worded "please call" or "telephone", or with its
topic before the comma, in plain text and HTML paragraphs."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts

_LEAD = ("Zenith expects the new plant in Round Rock to begin shipping product in the first "
         "quarter of 1998.")


def test_please_call_sentence_closing_a_text_release() -> None:
    # (was: no contact: the sentence said "call", not "contact")
    assert _text_contacts(
        f"{_LEAD}\n\n"
        "For more information, please call Margaret Ellison at (512) 555-0143.\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0143", None, None)]
    # a number or a department to call is no person's
    for sentence in ("For more information, call 1-800-555-0143.",
                     "For more information, please call the Company's investor relations "
                     "department at (512) 555-0143.",
                     "For more information on the conference call, please visit "
                     "www.zenithinst.com."):
        assert _text_contacts(f"{_LEAD}\n\n{sentence}\n") == [], sentence
        assert _html_contacts(f"<p>{_LEAD} {sentence}</p>") == [], sentence


def test_call_sentence_wrapped_with_a_role() -> None:
    # wrapped over its paragraph's lines, the role between commas
    assert _text_contacts(
        f"{_LEAD}\n\n"
        "For further information, call Margaret Ellison, Chief Financial Officer,\n"
        "at (512) 555-0143.\n"
    ) == [("Margaret Ellison", None, "Chief Financial Officer", "(512) 555-0143", None,
           None)]


def test_call_sentence_typed_in_capitals() -> None:
    assert _text_contacts(
        f"{_LEAD}\n\n"
        "FOR MORE INFORMATION, CALL JOHN ROE, CHIEF FINANCIAL OFFICER, AT (212) 555-1234.\n"
    ) == [("JOHN ROE", None, "CHIEF FINANCIAL OFFICER", "(212) 555-1234", None, None)]
    # "AT" before the number is no firm, nor part of the name, wrapped or not
    assert _text_contacts(
        f"{_LEAD}\n\n"
        "FOR FURTHER INFORMATION, PLEASE CALL ROBERT J. WARD AT\n"
        "(713) 555-1212.\n"
    ) == [("ROBERT J. WARD", None, None, "(713) 555-1212", None, None)]
    assert _text_contacts(
        f"{_LEAD}\n\n"
        "FOR MORE INFORMATION, CONTACT JOHN ROE OF ZENITH INSTRUMENTS AT (512) 555-0143.\n"
    ) == [("JOHN ROE", "ZENITH INSTRUMENTS", None, "(512) 555-0143", None, None)]


def test_call_sentence_inside_an_html_paragraph() -> None:
    # after another sentence of the paragraph, two people sharing the number
    assert _html_contacts(
        f"<p>{_LEAD} For more information, please call Margaret Ellison or Carl Petersen at "
        "(512) 555-0143.</p>"
    ) == [("Margaret Ellison", None, None, "(512) 555-0143", None, None),
          ("Carl Petersen", None, None, "(512) 555-0143", None, None)]
    assert _html_contacts(
        f"<p>{_LEAD} For further information, please telephone Margaret Ellison at "
        "(512) 555-0143 or mellison@zenithinst.com.</p>"
    ) == [("Margaret Ellison", None, None, "(512) 555-0143", "mellison@zenithinst.com",
           None)]


def test_contact_sentence_with_its_topic_before_the_comma() -> None:
    # "For more information about Zenith, contact ..." (was: no contact)
    assert _text_contacts(
        f"{_LEAD}\n\n"
        "For more information about Zenith, contact Margaret Ellison at (512) 555-0143.\n"
    ) == [("Margaret Ellison", None, None, "(512) 555-0143", None, None)]
    assert _html_contacts(
        f"<p>{_LEAD} For additional information on the offering, please contact Carl "
        "Petersen of Morgen-Walke Associates at (212) 850-5600.</p>"
    ) == [("Carl Petersen", "Morgen-Walke Associates", None, "(212) 850-5600", None, None)]


def test_a_firm_to_call_is_no_contact() -> None:
    # the audit's cases: "call" names a firm or a department as often as a person; only a
    # given name, an initial or an honorific after it reads as one (a capitals sentence naming
    # no one stays in the body)
    for sentence in ("For more information, please call Acme Widgets at (512) 555-0143.",
                     "For more information on the conference call, please call Georgeson "
                     "Shareholder at (800) 555-1234.",
                     "For more information, call Zenith's Shareholder Services Department at "
                     "(512) 555-0143.",
                     "FOR MORE INFORMATION, CALL THE COMPANY AT (512) 555-0143."):
        assert _text_contacts(f"{_LEAD}\n\n{sentence}\n") == [], sentence
        assert _html_contacts(f"<p>{_LEAD} {sentence}</p>") == [], sentence
