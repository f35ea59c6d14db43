"""Press contacts round 73b: a "contact us at" sentence wrapped onto the paragraph's next line
("Please contact us at (201) 628-2275 or" / "bmcd@unioncamp.com, Brian McDermott."), a plain
"Please call Jane Doe at ... or John Roe at ..." naming two people, names stacked over the
release's company with no legal form ("Brian McDermott" / "John Roe" / "Union Camp"), and a
PR Newswire trailer printing its two e-mails the wrong way round; on Union Camp 1994 with its
head's contact line cut and Pericom 2006's trailer, edited as each test says; with the
neighbours that must not change."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp
from test_rel73_round73 import _MAIL, _PHONE, _STAPLETON, _TRAILER, _pericom

from filing2json.parsers.sections.press_contact_blocks import call_paragraph
from filing2json.parsers.sections.press_contacts import find_contacts

_BRIAN = ("Brian McDermott", None, None, _PHONE, _MAIL)


def test_contact_us_wrapped_onto_next_line() -> None:
    original = _union_camp(None)
    # (was: no contacts) the fields run to the line's end, the person on the next line
    release = _union_camp(f"\nPlease contact us at {_PHONE} or\n{_MAIL}, Brian McDermott.\n")
    assert _people(release) == [_BRIAN]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # the "For more information" lead, a desk's call, a line ending on the comma
    assert _people(_union_camp(f"\nFor more information, contact us at {_PHONE} or\n{_MAIL}, "
                               "Brian McDermott.\n")) == [_BRIAN]
    release = _union_camp(f"\nInvestors may contact us at {_PHONE} or\n{_MAIL}, Brian "
                          "McDermott, Investor Relations.\n")
    assert _people(release) == [
        ("Brian McDermott", None, "Investor Relations", _PHONE, _MAIL)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    assert _people(_union_camp(f"\nPlease contact us at {_PHONE},\nBrian McDermott.\n")) == [
        ("Brian McDermott", None, None, _PHONE, None)]
    # the e-mail first, its "or" opening the next line
    assert _people(_union_camp(f"\nPlease contact us at {_MAIL}\nor {_PHONE}, Brian "
                               "McDermott.\n")) == [_BRIAN]


def test_contact_us_wrapped_neighbours() -> None:
    original = _union_camp(None)
    # no one named on the next line: no contact, the release as before
    for closing in (f"Please contact us at {_PHONE} or\ninfo@unioncamp.com.",
                    f"Please contact us at {_PHONE},\nMonday through Friday.",
                    f"For more information, contact us at {_PHONE} or\ninfo@unioncamp.com."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == []
        assert release["about"] == original["about"]
        assert release["body"] == original["body"]
    # such a paragraph is no call paragraph (it ends no body), wrapped or on one line; the
    # one naming a person is
    for text in (f"Please contact us at {_PHONE} or\ninfo@unioncamp.com.",
                 f"Please contact us at {_PHONE} or info@unioncamp.com."):
        assert call_paragraph(text.split("\n")[0], text) is False
    text = f"Please contact us at {_PHONE} or\n{_MAIL}, Brian McDermott."
    assert call_paragraph(text.split("\n")[0], text) is True
    # the sentence on one line (round 73)
    assert _people(_union_camp(f"\nPlease contact us at {_PHONE} or {_MAIL}, Brian "
                               "McDermott.\n")) == [_BRIAN]


def test_please_call_two_people() -> None:
    original = _union_camp(None)
    # (was: no contacts, the paragraph read into the body and the About)
    release = _union_camp("\nPlease call Jane Doe at 847-286-9669 or John Roe at 847-286-1000 "
                          "for more information.\n")
    assert _people(release) == [("Jane Doe", None, None, "847-286-9669", None),
                                ("John Roe", None, None, "847-286-1000", None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    # one person, after another sentence, after the question
    assert _people(_union_camp("\nPlease call Jane Doe at 847-286-9669.\n")) == [
        ("Jane Doe", None, None, "847-286-9669", None)]
    assert _people(_union_camp("\nRepairs begin today. Please call Jane Doe at "
                               "847-286-9669.\n")) == [
        ("Jane Doe", None, None, "847-286-9669", None)]
    assert _people(_union_camp("\nIf you have questions, please call Jane Doe at "
                               "847-286-9669.\n")) == [
        ("Jane Doe", None, None, "847-286-9669", None)]


def test_please_call_neighbours() -> None:
    original = _union_camp(None)
    # a firm called (no known given name first): no contact, the release as before
    release = _union_camp("\nPlease call Georgeson Shareholder at 847-286-9669 for more "
                          "information.\n")
    assert _people(release) == []
    assert release["about"] == original["about"]
    # "Please contact" two people (as before)
    assert _people(_union_camp("\nPlease contact Jane Doe at 847-286-9669 or John Roe at "
                               "847-286-1000 for more information.\n")) == [
        ("Jane Doe", None, None, "847-286-9669", None),
        ("John Roe", None, None, "847-286-1000", None)]


def test_names_stacked_over_the_company() -> None:
    # (was: "Union Camp" a person with Brian's e-mail, Brian with none)
    assert _people(_union_camp(f"\nContacts:\nBrian McDermott\nJohn Roe\nUnion Camp\n{_PHONE}\n"
                               f"{_MAIL}\njroe@unioncamp.com\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, _MAIL),
        ("John Roe", "Union Camp", None, _PHONE, "jroe@unioncamp.com")]
    # (was: John Roe's alone) with no e-mails, and under a desk's heading
    assert _people(_union_camp(f"\nContacts:\nBrian McDermott\nJohn Roe\nUnion Camp\n"
                               f"{_PHONE}\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None),
        ("John Roe", "Union Camp", None, _PHONE, None)]
    assert _people(_union_camp(f"\nMedia Contacts:\nBrian McDermott\nJohn Roe\nUnion Camp\n"
                               f"{_PHONE}\n")) == [
        ("Brian McDermott", "Union Camp", "Media Contact", _PHONE, None),
        ("John Roe", "Union Camp", "Media Contact", _PHONE, None)]


def test_names_stacked_over_the_company_neighbours() -> None:
    # one with a number of his own above: the firm is the last one's only
    assert _people(_union_camp(f"\nContacts:\nBrian McDermott\n{_PHONE}\nJohn Roe\nUnion Camp\n"
                               "(212) 555-0100\n")) == [
        ("Brian McDermott", None, None, _PHONE, None),
        ("John Roe", "Union Camp", None, "(212) 555-0100", None)]
    assert _people(_union_camp(f"\nContacts:\nBrian McDermott, {_PHONE}\nJohn Roe\n"
                               "Union Camp\n")) == [
        ("Brian McDermott", None, None, _PHONE, None),
        ("John Roe", "Union Camp", None, None, None)]
    # one person over the company (round 67)
    assert _people(_union_camp(f"\nContacts:\nBrian McDermott\nUnion Camp\n{_PHONE}\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None)]


def test_trailer_emails_the_wrong_way_round() -> None:
    # (was: Alexis Pascal with no e-mail) "deb@" after Alexis, "alexis@" after Deborah
    assert _pericom(b"Alexis Pascal, deb@stapleton.com, or Deborah Stapleton,\n"
                    b"alexis@stapleton.com,") == [
        ("Alexis Pascal", *_STAPLETON, "alexis@stapleton.com"),
        ("Deborah Stapleton", *_STAPLETON, "deb@stapleton.com")]
    # as filed, and the later one's a desk's mailbox: each keeps the one after the name
    assert _pericom(_TRAILER) == [("Alexis Pascal", *_STAPLETON, "alexis@stapleton.com"),
                                  ("Deborah Stapleton", *_STAPLETON, "deb@stapleton.com")]
    assert _pericom(b"Alexis Pascal, alexis@stapleton.com, or Deborah Stapleton,\n"
                    b"info@stapleton.com,") == [
        ("Alexis Pascal", *_STAPLETON, "alexis@stapleton.com"),
        ("Deborah Stapleton", *_STAPLETON, "info@stapleton.com")]


def test_wrapped_us_and_please_call_scans_are_linear() -> None:
    line = "Please contact us at (" + "1" * 30 + " or " + "a" * 60 + "@" + "b." * 40 + " or"
    text = ("\n".join([line] * 2000))[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
    text = ("Please call " * 20_000)[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
