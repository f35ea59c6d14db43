"""Press contacts round 72: a second person's name in brackets after someone's name or number
("Brian McDermott (201) 628-2275 (John Roe)"), a firm in brackets after a name or a number
("(Union Camp)", "(Acme Widgets, Inc.)") or stacked under the name ("Union Camp"), and call
sentences printing the number before the name ("call (201) 628-2275 and ask for Brian
McDermott"), on Union Camp 1994 with its head's contact line cut, edited as each test says;
with the neighbours that must not change."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp

from filing2json.parsers.sections.press_contacts import find_contacts

_PHONE = "(201) 628-2275"


def _found(text: str) -> list[tuple[str | None, ...]]:
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for c in find_contacts(text)]


def test_second_person_in_brackets() -> None:
    original = _union_camp(None)
    # (was: Brian McDermott with the role "John Roe") a contact of his own, the number shared
    # as when the bracket is printed under the name
    release = _union_camp("\nContact: Brian McDermott (201) 628-2275 (John Roe)\n")
    assert _people(release) == [("Brian McDermott", None, None, _PHONE, None),
                                ("John Roe", None, None, _PHONE, None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    assert _people(_union_camp("\nMedia Contact: Brian McDermott, (201) 628-2275 (John Roe)\n")
                   ) == [("Brian McDermott", None, "Media Contact", _PHONE, None),
                         ("John Roe", None, "Media Contact", _PHONE, None)]
    # (was: the role "John Roe, Brunswick Group") his firm after his name in the bracket
    assert _people(_union_camp("\nContacts: Brian McDermott (201) 628-2275 (John Roe, "
                               "Brunswick Group)\n")) == [
        ("Brian McDermott", None, None, _PHONE, None),
        ("John Roe", "Brunswick Group", None, _PHONE, None)]
    # right after the name, the number under it
    assert _people(_union_camp("\nContact: Brian McDermott (John Roe)\n(201) 628-2275\n")) == [
        ("Brian McDermott", None, None, _PHONE, None), ("John Roe", None, None, _PHONE, None)]


def test_second_person_in_brackets_neighbours() -> None:
    # the bracket under the name (round 71): the same two people
    assert _people(_union_camp("\nContact: Brian McDermott\n(201) 628-2275 (John Roe)\n")) == [
        ("Brian McDermott", None, None, _PHONE, None), ("John Roe", None, None, _PHONE, None)]
    # a job, a desk, a region or a street in brackets stays the role; a nickname is the name's
    for bracket in ("Chief Financial Officer", "CFO", "Investor Relations", "Media", "Europe",
                    "Corporate Communications", "Grace Street"):
        assert _people(_union_camp(f"\nContact: Brian McDermott ({bracket}), (201) 628-2275\n")
                       ) == [("Brian McDermott", None, bracket, _PHONE, None)]
    assert _people(_union_camp("\nContact: Robert (Bob) Jones, (201) 628-2275\n")) == [
        ("Robert (Bob) Jones", None, None, _PHONE, None)]
    # a number's own label
    assert _found("Contact: Brian McDermott (201) 628-2275 (toll free)\n") == [
        ("Brian McDermott", None, None, _PHONE, None)]


def test_firm_in_brackets() -> None:
    original = _union_camp(None)
    # (was: the role "Union Camp") the release's company in brackets, after the name or
    # after the number
    release = _union_camp("\nContact: Brian McDermott (Union Camp)\n(201) 628-2275\n")
    assert _people(release) == [("Brian McDermott", "Union Camp", None, _PHONE, None)]
    assert release["about"] == original["about"]
    assert _people(_union_camp("\nContact: Brian McDermott (201) 628-2275 (Union Camp)\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None)]
    # (was: the roles "Union Camp" and "Brunswick Group") two people, each with a firm
    assert _people(_union_camp("\nContacts: Brian McDermott (Union Camp) (201) 628-2275; "
                               "John Roe (Brunswick Group) (212) 333-3810\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None),
        ("John Roe", "Brunswick Group", None, "(212) 333-3810", None)]
    # (was: the role) a firm by its legal form, any release
    assert _found("Contact: Brian McDermott (Union Camp Corporation), (201) 628-2275\n") == [
        ("Brian McDermott", "Union Camp Corporation", None, _PHONE, None)]
    assert _found("Contact: Jane Doe (212) 555-0100 (Acme Widgets, Inc.)\n") == [
        ("Jane Doe", "Acme Widgets, Inc.", None, "(212) 555-0100", None)]


def test_firm_stacked_under_name() -> None:
    # (was: a second "person" Union Camp) the release's company on its own line under the
    # name is her firm
    release = _union_camp("\nContact: Brian McDermott\nUnion Camp\n(201) 628-2275\n")
    assert _people(release) == [("Brian McDermott", "Union Camp", None, _PHONE, None)]
    assert release["about"] == _union_camp(None)["about"]
    # under a heading, another heading's person after it
    assert _people(_union_camp("\nMedia Contacts:\nBrian McDermott\nUnion Camp\n(201) 628-2275\n"
                               "\nInvestor Contact:\nJohn Roe\n(201) 628-2276\n")) == [
        ("Brian McDermott", "Union Camp", "Media Contact", _PHONE, None),
        ("John Roe", None, "Investor Contact", "(201) 628-2276", None)]


def test_firm_in_brackets_neighbours() -> None:
    # a bracket the release does not name as its company, with no legal form: the role
    assert _found("Contact: Jane Doe (Acme Widgets), (212) 555-0100\n") == [
        ("Jane Doe", None, "Acme Widgets", "(212) 555-0100", None)]
    # a firm after a comma, and a firm stacked with its legal form (as before)
    assert _people(_union_camp("\nContact: Brian McDermott, Union Camp, (201) 628-2275\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None)]
    assert _people(_union_camp("\nContact: Brian McDermott\nUnion Camp Corporation\n"
                               "(201) 628-2275\n")) == [
        ("Brian McDermott", "Union Camp Corporation", None, _PHONE, None)]
    # two people stacked: no one's firm
    assert _people(_union_camp("\nContacts: Brian McDermott\nJohn Roe\n(201) 628-2275\n")) == [
        ("Brian McDermott", None, None, _PHONE, None), ("John Roe", None, None, _PHONE, None)]


def test_call_number_before_name() -> None:
    original = _union_camp(None)
    # (was: no contacts) the number, then whom to ask for
    release = _union_camp("\nFor more information, call (201) 628-2275 and ask for "
                          "Brian McDermott.\n")
    assert _people(release) == [("Brian McDermott", None, None, _PHONE, None)]
    assert release["about"] == original["about"]
    assert release["body"] == original["body"]
    assert _people(_union_camp("\nFor more information, call (201) 628-2275 to reach Brian "
                               "McDermott.\n")) == [("Brian McDermott", None, None, _PHONE, None)]
    assert _people(_union_camp("\nFor more information, please call (201) 628-2275, attention: "
                               "Brian McDermott.\n")) == [
        ("Brian McDermott", None, None, _PHONE, None)]
    assert _people(_union_camp("\nFor more information, contact (201) 628-2275 (Brian "
                               "McDermott).\n")) == [("Brian McDermott", None, None, _PHONE, None)]
    # a desk's call, a bare "Contact", "Questions may be directed to"
    release = _union_camp("\nReporters may call (201) 628-2275 to reach Brian McDermott.\n")
    assert _people(release) == [("Brian McDermott", None, "Reporters", _PHONE, None)]
    assert release["about"] == original["about"]
    assert _people(_union_camp("\nContact (201) 628-2275 and ask for Brian McDermott.\n")) == [
        ("Brian McDermott", None, None, _PHONE, None)]
    assert _people(_union_camp("\nQuestions may be directed to (201) 628-2275 (Brian "
                               "McDermott).\n")) == [("Brian McDermott", None, None, _PHONE, None)]


def test_call_firm_at_number_then_name() -> None:
    original = _union_camp(None)
    # (was: the person "Union Camp" of the firm "Brian McDermott.") the firm or desk before
    # "at", the person after the number
    release = _union_camp("\nFor more information, contact Union Camp at (201) 628-2275, "
                          "Brian McDermott.\n")
    assert _people(release) == [("Brian McDermott", "Union Camp", None, _PHONE, None)]
    assert release["about"] == original["about"]
    # (was: no contacts)
    assert _people(_union_camp("\nFor more information, contact Investor Relations at "
                               "(201) 628-2275, Brian McDermott.\n")) == [
        ("Brian McDermott", None, "Investor Relations", _PHONE, None)]
    assert _people(_union_camp("\nFor more information, contact Union Camp at 201-628-2275 and "
                               "ask for Brian McDermott.\n")) == [
        ("Brian McDermott", "Union Camp", None, "201-628-2275", None)]
    # two names after the number share it
    assert _people(_union_camp("\nFor more information, call (201) 628-2275 and ask for Brian "
                               "McDermott or John Roe.\n")) == [
        ("Brian McDermott", None, None, _PHONE, None), ("John Roe", None, None, _PHONE, None)]


def test_call_number_before_name_neighbours() -> None:
    original = _union_camp(None)
    # a number with no one named after it: no contact, the About as filed
    for closing in ("For more information, call 1-800-555-0100, Monday through Friday.",
                    "For more information, call (201) 628-2275 and ask for Customer Service.",
                    "For more information, call (201) 628-2275."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == []
        assert release["about"] == original["about"]
    # the name before the number (as before)
    assert _people(_union_camp("\nFor more information, contact Brian McDermott at "
                               "(201) 628-2275.\n")) == [
        ("Brian McDermott", None, None, _PHONE, None)]
    assert _people(_union_camp("\nReporters may call Brian McDermott at (201) 628-2275.\n")) == [
        ("Brian McDermott", None, "Reporters", _PHONE, None)]


def test_number_first_calls_timing() -> None:
    # ~200 KB of number-first call sentences in one paragraph and on many lines: each match
    # is anchored or bounded
    sentence = "For more information, call (212) 555-0100 and ask for Jane Doe. "
    start = time.process_time()
    find_contacts("Acme Corp. makes widgets.\n\n" + sentence * 3200)
    find_contacts("Acme Corp. makes widgets.\n\n" + (sentence + "\n") * 3200)
    find_contacts("Acme Corp. makes widgets.\n\nContact: " + "Jane Doe (John Roe) " * 10000)
    assert time.process_time() - start < 5
