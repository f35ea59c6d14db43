"""Press contacts round 74b: the release's company on its own line with a number of its own
over a person who prints hers ("Union Camp" / "(201) 628-2275" / "Brian McDermott" / "(212)
555-0100"), and "PLEASE CONTACT US AT (201) 628-2275, BRIAN MCDERMOTT." in capitals; on
Union Camp 1994 with its head's contact line cut, edited as each test says; with the
neighbours that must not change."""

from __future__ import annotations

import time

from test_rel68b_round68 import _people, _union_camp
from test_rel73_round73 import _PHONE
from test_rel74_round74 import _same_text

from filing2json.parsers.sections.press_contacts import find_contacts

_OWN = "(212) 555-0100"


def test_company_with_its_own_number_over_the_person() -> None:
    # (was: "Union Camp" a person with the company's number, Brian with no firm)
    release = _union_camp(f"\nContacts:\nUnion Camp\n{_PHONE}\nBrian McDermott\n{_OWN}\n")
    assert _people(release) == [("Brian McDermott", "Union Camp", None, _OWN, None)]
    assert _people(_union_camp(f"\nMedia Contact:\nUnion Camp\n{_PHONE}\nBrian McDermott\n"
                               f"{_OWN}\n")) == [
        ("Brian McDermott", "Union Camp", "Media Contact", _OWN, None)]
    # two people under it, each with a number of her own
    assert _people(_union_camp(f"\nContacts:\nUnion Camp\n{_PHONE}\nBrian McDermott\n{_OWN}\n"
                               "John Roe\n(212) 555-0101\n")) == [
        ("Brian McDermott", "Union Camp", None, _OWN, None),
        ("John Roe", "Union Camp", None, "(212) 555-0101", None)]


def test_company_with_its_own_number_neighbours() -> None:
    # the person prints an e-mail, no number (as before)
    assert _people(_union_camp(f"\nContacts:\nUnion Camp\n{_PHONE}\nBrian McDermott\n"
                               "bmcdermott@unioncamp.com\n")) == [
        ("Brian McDermott", "Union Camp", None, None, "bmcdermott@unioncamp.com")]
    # a firm the release does not print as its company, with its number: as before
    assert _people(_union_camp(f"\nContacts:\nAcme Widgets\n{_PHONE}\nJane Doe\n{_OWN}\n")) == [
        ("Acme Widgets", None, None, _PHONE, None), ("Jane Doe", None, None, _OWN, None)]
    # two people, each with her number: both people
    release = _union_camp(f"\nContacts:\nJane Doe\n{_PHONE}\nBrian McDermott\n{_OWN}\n")
    assert _people(release) == [
        ("Jane Doe", None, None, _PHONE, None), ("Brian McDermott", None, None, _OWN, None)]
    # sharing the person's number (round 74)
    assert _people(_union_camp(f"\nContacts:\nUnion Camp\nBrian McDermott\n{_PHONE}\n")) == [
        ("Brian McDermott", "Union Camp", None, _PHONE, None)]


def test_contact_us_in_capitals() -> None:
    original = _union_camp(None)
    # (was: no contacts, the paragraph read into the About)
    release = _union_camp(f"\nPLEASE CONTACT US AT {_PHONE}, BRIAN MCDERMOTT.\n")
    assert _people(release) == [("BRIAN MCDERMOTT", None, None, _PHONE, None)]
    _same_text(release, original)
    release = _union_camp(f"\nINVESTORS MAY CONTACT US AT {_PHONE}, BRIAN MCDERMOTT.\n")
    assert _people(release) == [("BRIAN MCDERMOTT", None, "INVESTORS", _PHONE, None)]
    _same_text(release, original)
    # broken after "AT"
    release = _union_camp(f"\nPLEASE CONTACT US AT\n{_PHONE}, BRIAN MCDERMOTT.\n")
    assert _people(release) == [("BRIAN MCDERMOTT", None, None, _PHONE, None)]
    _same_text(release, original)


def test_contact_us_in_capitals_more_shapes() -> None:
    original = _union_camp(None)
    # (was: no contacts) "CALL US AT", "FOR MORE INFORMATION, CONTACT US AT", both fields
    for closing in (f"PLEASE CALL US AT {_PHONE}, BRIAN MCDERMOTT.",
                    f"FOR MORE INFORMATION, CONTACT US AT {_PHONE}, BRIAN MCDERMOTT."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == [("BRIAN MCDERMOTT", None, None, _PHONE, None)]
        _same_text(release, original)
    release = _union_camp(f"\nPLEASE CONTACT US AT {_PHONE} OR\nBMCDERMOTT@UNIONCAMP.COM, BRIAN "
                          "MCDERMOTT.\n")
    assert _people(release) == [
        ("BRIAN MCDERMOTT", None, None, _PHONE, "BMCDERMOTT@UNIONCAMP.COM")]
    _same_text(release, original)


def test_name_in_capitals_broken_over_lines() -> None:
    original = _union_camp(None)
    # (was: no contacts) the line ends on the given name in capitals
    release = _union_camp(f"\nPLEASE CONTACT US AT {_PHONE}, BRIAN\nMCDERMOTT.\n")
    assert _people(release) == [("BRIAN MCDERMOTT", None, None, _PHONE, None)]
    _same_text(release, original)
    release = _union_camp(f"\nPLEASE CALL BRIAN\nMCDERMOTT AT {_PHONE}.\n")
    assert _people(release) == [("BRIAN MCDERMOTT", None, None, _PHONE, None)]
    _same_text(release, original)
    # no known given name broken there: no one called, the release as before
    for closing in (f"PLEASE CONTACT US AT {_PHONE}, MONDAY\nTHROUGH FRIDAY.",
                    f"PLEASE CALL GEORGESON\nSHAREHOLDER AT {_PHONE}."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == []
        _same_text(release, original)


def test_contact_us_in_capitals_neighbours() -> None:
    original = _union_camp(None)
    # no one named after the fields: no contact, the release as before
    for closing in (f"PLEASE CONTACT US AT {_PHONE}, MONDAY THROUGH FRIDAY.",
                    f"PLEASE CONTACT US AT {_PHONE}, GEORGESON SHAREHOLDER.",
                    "PLEASE CONTACT US AT OUR OFFICES IN WAYNE."):
        release = _union_camp(f"\n{closing}\n")
        assert _people(release) == []
        assert release["about"] == original["about"]
    # the sentence as printed in lower case (round 73b)
    assert _people(_union_camp(f"\nPlease contact us at {_PHONE}, Brian McDermott.\n")) == [
        ("Brian McDermott", None, None, _PHONE, None)]


def test_contact_us_in_capitals_is_linear() -> None:
    line = "PLEASE CONTACT US AT (" + "1" * 30 + ", BRIAN"
    text = ("\n".join([line] * 5000))[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
    text = ("X. PLEASE CONTACT US AT " * 9000)[:200_000] + "\n"
    start = time.process_time()
    find_contacts(text)
    assert time.process_time() - start < 5
