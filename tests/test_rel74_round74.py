"""Press contacts round 74: call sentences broken over a paragraph's lines inside their fields
("Please contact us at" / "(201) 628-2275, Brian McDermott.", "..., Brian" / "McDermott.",
"Please call" / "Brian McDermott at ...", a desk's "Investors may contact" alone on its
line), "PLEASE CALL JANE DOE AT ..." in capitals, and the release's company printed with no
legal form over the person it heads ("Union Camp" / "Brian McDermott" / phone); on Union Camp
1994 with its head's contact line cut, edited as each test says; with the neighbours that
must not change."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp
from test_rel73_round73 import _MAIL, _PHONE
from test_rel73b_round73 import _BRIAN

from filing2json.parsers.sections.press_contact_blocks import call_paragraph
from filing2json.parsers.sections.press_contacts import find_contacts

_NO_MAIL = ("Brian McDermott", None, None, _PHONE, None)


def _same_text(release: dict, original: dict) -> None:
    """The closing paragraph read into neither the body nor the About."""
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]


def _is_call(text: str) -> bool:
    return call_paragraph(text.split("\n")[0], text)


def test_contact_us_broken_after_at() -> None:
    original = _union_camp(None)
    # (was: no contacts, the paragraph read into the About) the line ends on "us at"
    release = _union_camp(f"\nPlease contact us at\n{_PHONE}, Brian McDermott.\n")
    assert _people(release) == [_NO_MAIL]
    _same_text(release, original)
    release = _union_camp(f"\nPlease contact us at\n{_MAIL} or {_PHONE}, Brian McDermott.\n")
    assert _people(release) == [_BRIAN]
    _same_text(release, original)
    # a desk's call, the "For more information" lead
    release = _union_camp(f"\nInvestors may contact us at\n{_PHONE}, Brian McDermott, Investor "
                          "Relations.\n")
    assert _people(release) == [("Brian McDermott", None, "Investor Relations", _PHONE, None)]
    _same_text(release, original)
    assert _people(_union_camp(f"\nFor more information, contact us at\n{_PHONE}, Brian "
                               "McDermott.\n")) == [_NO_MAIL]
    # (was: no contacts) the line ends on the number's area code
    release = _union_camp("\nPlease contact us at (201)\n628-2275, Brian McDermott.\n")
    assert _people(release) == [_NO_MAIL]
    _same_text(release, original)


def test_contact_us_broken_inside_the_name() -> None:
    original = _union_camp(None)
    # (was: no contacts) the line ends on the given name
    release = _union_camp(f"\nPlease contact us at {_PHONE}, Brian\nMcDermott.\n")
    assert _people(release) == [_NO_MAIL]
    _same_text(release, original)
    release = _union_camp(f"\nPlease contact us at {_PHONE} or {_MAIL}, Brian\nMcDermott.\n")
    assert _people(release) == [_BRIAN]
    _same_text(release, original)


def test_contact_us_broken_neighbours() -> None:
    original = _union_camp(None)
    # no one named on the next line: no contact, the release as before
    for closing in (f"Please contact us at {_PHONE}, Monday\nthrough Friday.",
                    "Please contact us at\ninfo@unioncamp.com.",
                    "Please contact us at\nour offices in Wayne.",
                    "Please contact us at (201)\n628-2275 weekdays.",
                    "For more information, contact us at\ninfo@unioncamp.com."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == []
        _same_text(release, original)
    assert _is_call(f"Please contact us at {_PHONE}, Monday\nthrough Friday.") is False
    assert _is_call("Please contact us at\ninfo@unioncamp.com.") is False
    assert _is_call(f"Please contact us at\n{_PHONE}, Brian McDermott.") is True
    assert _is_call(f"Please contact us at {_PHONE}, Brian\nMcDermott.") is True
    # on one line, and broken after the number (round 73b)
    assert _people(_union_camp(f"\nPlease contact us at {_PHONE}, Brian McDermott.\n")) == [
        _NO_MAIL]
    assert _people(_union_camp(f"\nPlease contact us at {_PHONE},\nBrian McDermott.\n")) == [
        _NO_MAIL]


def test_call_verb_closing_its_line() -> None:
    original = _union_camp(None)
    # (was: no contacts) the name on the paragraph's next line
    release = _union_camp(f"\nPlease call\nBrian McDermott at {_PHONE}.\n")
    assert _people(release) == [_NO_MAIL]
    _same_text(release, original)
    release = _union_camp(f"\nInvestors may call\nBrian McDermott at {_PHONE}.\n")
    assert _people(release) == [("Brian McDermott", None, "Investors", _PHONE, None)]
    _same_text(release, original)
    release = _union_camp(f"\nIf you have any questions, please contact\nBrian McDermott at "
                          f"{_PHONE}.\n")
    assert _people(release) == [_NO_MAIL]
    _same_text(release, original)
    # (was: no contacts) the line ends on the given name after "Please call"
    release = _union_camp(f"\nPlease call Brian\nMcDermott at {_PHONE}.\n")
    assert _people(release) == [_NO_MAIL]
    _same_text(release, original)


def test_call_verb_closing_its_line_neighbours() -> None:
    original = _union_camp(None)
    # a firm called (no known given name first), no one named: as on one line
    for closing in (f"Please call\nGeorgeson Shareholder at {_PHONE}.",
                    f"Please call Georgeson\nShareholder at {_PHONE}.",
                    "Repairs begin today and customers may call\nthe plant.",
                    "If you have any questions, please contact\nthe Company."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == []
        assert release["about"] == original["about"]
    assert _is_call(f"Please call\nGeorgeson Shareholder at {_PHONE}.") is False
    assert _is_call(f"Please call\nBrian McDermott at {_PHONE}.") is True
    # the name on the opening's line (as before)
    assert _people(_union_camp(f"\nInvestors may call Brian\nMcDermott at {_PHONE}.\n")) == [
        ("Brian McDermott", None, "Investors", _PHONE, None)]


def test_desk_call_alone_on_its_line() -> None:
    # (was: role "Investors may contact", "Please contact") the call's desk is the role, a
    # plain request none
    assert _people(_union_camp(f"\nInvestors may contact\nBrian McDermott at {_PHONE}.\n")) == [
        ("Brian McDermott", None, "Investors", _PHONE, None)]
    assert _people(_union_camp(f"\nPlease contact\nBrian McDermott at {_PHONE}.\n")) == [
        _NO_MAIL]
    # neighbours: headings alone on their line keep their words
    assert _people(_union_camp(f"\nMedia Contact\nBrian McDermott\n{_PHONE}\n")) == [
        ("Brian McDermott", None, "Media Contact", _PHONE, None)]
    assert _people(_union_camp(f"\nInvestor Relations Contact\nBrian McDermott\n{_PHONE}\n")) == [
        ("Brian McDermott", None, "Investor Relations Contact", _PHONE, None)]
    assert _people(_union_camp(f"\nMedia inquiries should be directed to\nBrian McDermott at "
                               f"{_PHONE}.\n")) == [
        ("Brian McDermott", None, "Media inquiries", _PHONE, None)]


def test_please_call_in_capitals() -> None:
    original = _union_camp(None)
    # (was: no contacts)
    release = _union_camp("\nPLEASE CALL JANE DOE AT (212) 555-0100.\n")
    assert _people(release) == [("JANE DOE", None, None, "(212) 555-0100", None)]
    _same_text(release, original)
    # (was: no contacts) two people, "OR" in capitals
    assert _people(_union_camp("\nPLEASE CALL JANE DOE AT (212) 555-0100 OR JOHN ROE AT "
                               "(212) 555-0101.\n")) == [
        ("JANE DOE", None, None, "(212) 555-0100", None),
        ("JOHN ROE", None, None, "(212) 555-0101", None)]
    # (was: "JANE DOE AT" / "JOHN ROE") "PLEASE CONTACT" two people
    assert _people(_union_camp("\nPLEASE CONTACT JANE DOE AT (212) 555-0100 OR JOHN ROE AT "
                               "(212) 555-0101.\n")) == [
        ("JANE DOE", None, None, "(212) 555-0100", None),
        ("JOHN ROE", None, None, "(212) 555-0101", None)]
    # (was: organisation "FOR MORE INFORMATION.") the purpose in capitals is no field
    assert _people(_union_camp("\nPLEASE CONTACT JANE DOE AT (212) 555-0100 FOR MORE "
                               "INFORMATION.\n")) == [
        ("JANE DOE", None, None, "(212) 555-0100", None)]


def test_please_call_in_capitals_neighbours() -> None:
    original = _union_camp(None)
    release = _union_camp("\nPLEASE CALL GEORGESON SHAREHOLDER AT (212) 555-0100.\n")
    assert _people(release) == []
    assert release["about"] == original["about"]
    assert _people(_union_camp("\nPLEASE CONTACT JANE DOE AT (212) 555-0100.\n")) == [
        ("JANE DOE", None, None, "(212) 555-0100", None)]
    assert _people(_union_camp("\nPlease call Jane Doe at (212) 555-0100 or John Roe at "
                               "(212) 555-0101.\n")) == [
        ("Jane Doe", None, None, "(212) 555-0100", None),
        ("John Roe", None, None, "(212) 555-0101", None)]


def test_company_over_the_person() -> None:
    # (was: "Union Camp" a person, Brian with no firm)
    assert _people(_union_camp(f"\nContacts:\nUnion Camp\nBrian McDermott\n{_PHONE}\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None)]
    assert _people(_union_camp(f"\nMedia Contact:\nUnion Camp\nBrian McDermott\n{_PHONE}\n"
                               f"{_MAIL}\n")) == [
        ("Brian McDermott", "Union Camp", "Media Contact", _PHONE, _MAIL)]
    # the people stacked under it, each with a number of its own
    assert _people(_union_camp(f"\nContacts:\nUnion Camp\nBrian McDermott\n{_PHONE}\nJohn Roe\n"
                               "(212) 555-0101\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None),
        ("John Roe", "Union Camp", None, "(212) 555-0101", None)]


def test_company_over_the_person_neighbours() -> None:
    # under the person (round 73b), another firm's business word (as before)
    assert _people(_union_camp(f"\nContacts:\nBrian McDermott\nUnion Camp\n{_PHONE}\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None)]
    assert _people(_union_camp(f"\nContacts:\nBrunswick Group\nJane Doe\n{_PHONE}\n")) == [
        ("Jane Doe", "Brunswick Group", None, _PHONE, None)]
    # a firm the release does not print as its company: as before
    assert _people(_union_camp(f"\nContacts:\nAcme Widgets\nJane Doe\n{_PHONE}\n")) == [
        ("Acme Widgets", None, None, _PHONE, None), ("Jane Doe", None, None, _PHONE, None)]
    # two people stacked: both people
    assert _people(_union_camp(f"\nContacts:\nJane Doe\nBrian McDermott\n{_PHONE}\n")) == [
        ("Jane Doe", None, None, _PHONE, None), ("Brian McDermott", None, None, _PHONE, None)]


def test_broken_call_scans_are_linear() -> None:
    text = ("Investors may call\n" * 11_000)[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
    line = "Please contact us at (" + "1" * 30 + ", Brian"
    text = ("\n".join([line] * 5000))[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
    text = ("x. If you have any questions, please contact" * 5000)[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
