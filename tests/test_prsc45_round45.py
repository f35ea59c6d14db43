"""Contacts round 45: people named together on one line ("Jane Doe or John Roe") with a
number or e-mail each printed under them, in a line or in two columns; numbers given
"respectively"; a role then ", of" its firm; 1990s "-or-" between two people in a line."""

from __future__ import annotations

from test_prsc44_round44 import _brief, _edited  # (the same edit-and-read helpers)

from filing2json.parsers import parse
from filing2json.parsers.sections.press_contacts import find_contacts
from support import FILINGS

_PERICOM_2007 = "8k_2007_pericomsemiconductorco_2.txt"
_PERICOM_2006 = "8k_2006_pericomsemiconductorco_3.txt"
_UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
_STAPLETON = "Stapleton Communications"


def test_two_named_together_with_a_number_each_on_the_line_below() -> None:
    # 8k_2007_pericomsemiconductorco_2.txt ("Alexis Pascal/Deborah Stapleton" / "Tel:
    # 650-470-0200" / "alexis@stapleton.com/deb@stapleton.com") with "or" between the
    # names and a direct line each: the second number is hers (was: both given the first)
    assert _edited(_PERICOM_2007,
                   ("Alexis Pascal/Deborah Stapleton", "Alexis Pascal or Deborah Stapleton"),
                   ("Tel: 650-470-0200", "650-470-0200 / 650-470-0201")) == [
        ("Alexis Pascal", _STAPLETON, None, "650-470-0200", "alexis@stapleton.com"),
        ("Deborah Stapleton", _STAPLETON, None, "650-470-0201", "deb@stapleton.com")]


def test_e_mails_spelling_no_name_go_in_the_order_the_people_are_named() -> None:
    # the same block with the e-mails by initials: the first was given to the last one
    # named and the second lost
    assert _edited(_PERICOM_2007,
                   ("Alexis Pascal/Deborah Stapleton", "Alexis Pascal or Deborah Stapleton"),
                   ("alexis@stapleton.com/deb@stapleton.com",
                    "ap@stapleton.com / ds@stapleton.com")) == [
        ("Alexis Pascal", _STAPLETON, None, "650-470-0200", "ap@stapleton.com"),
        ("Deborah Stapleton", _STAPLETON, None, "650-470-0200", "ds@stapleton.com")]


def test_numbers_in_two_columns_under_names_on_one_line() -> None:
    # the same block with the two numbers side by side in columns under the names
    assert _edited(_PERICOM_2007,
                   ("Alexis Pascal/Deborah Stapleton", "Alexis Pascal or Deborah Stapleton"),
                   ("Tel: 650-470-0200", "650-470-0200        650-470-0201")) == [
        ("Alexis Pascal", _STAPLETON, None, "650-470-0200", "alexis@stapleton.com"),
        ("Deborah Stapleton", _STAPLETON, None, "650-470-0201", "deb@stapleton.com")]


def test_one_shared_number_stays_everyones() -> None:
    # 8k_2006_horizonfinancialcorp_5.txt as printed: three people, one line number
    raw = (FILINGS / "8k_2006_horizonfinancialcorp_5.txt").read_bytes()
    contacts = parse(raw, "8k_2006_horizonfinancialcorp_5.txt")["press_releases"][0]["contacts"]
    assert [c["phone"] for c in contacts] == ["360.733.3050"] * 3


def test_numbers_given_respectively() -> None:
    # 8k_2007_pericomsemiconductorco_2.txt's people in one sentence, their numbers
    # "respectively" (was: "or , respectively" read as a role, both given the first)
    text = ("For more information, contact Alexis Pascal or Deborah Stapleton at "
            "650-470-0200 or 650-470-0201, respectively.\n")
    assert _brief(find_contacts(text)) == [
        ("Alexis Pascal", None, None, "650-470-0200", None),
        ("Deborah Stapleton", None, None, "650-470-0201", None)]
    line = ("CONTACT: Alexis Pascal and Deborah Stapleton of Stapleton Communications, "
            "650-470-0200 and 650-470-0201, respectively\n")
    assert _brief(find_contacts(line)) == [
        ("Alexis Pascal", _STAPLETON, None, "650-470-0200", None),
        ("Deborah Stapleton", _STAPLETON, None, "650-470-0201", None)]


def test_role_then_comma_of_the_firm() -> None:
    # 8k_1994_unioncampcorp_1.txt's "CONTACT: Brian McDermott      201-628-2275" with his
    # job and ", of" his firm after it (was: the organisation "of Union Camp Corporation")
    assert _edited(_UNION_CAMP, ("CONTACT: Brian McDermott      201-628-2275",
                                 "CONTACT: Brian McDermott, Director, Public Affairs, of"
                                 " Union Camp Corporation, 201-628-2275")) == [
        ("Brian McDermott", "Union Camp Corporation", "Director, Public Affairs",
         "201-628-2275", None)]
    # a firm with no legal form after ", at" (was: all of it the role)
    assert _edited(_UNION_CAMP, ("CONTACT: Brian McDermott      201-628-2275",
                                 "CONTACT: Brian McDermott, Manager, at Union Camp,"
                                 " 201-628-2275")) == [
        ("Brian McDermott", "Union Camp", "Manager", "201-628-2275", None)]


def test_dashed_or_between_two_people_in_a_line() -> None:
    # 8k_2006_pericomsemiconductorco_3.txt's PR Newswire trailer with its two people each
    # given a number and "-or-" between them (was: the second person lost)
    trailer = ("/CONTACT:  Deborah Stapleton, +1-650-470-4234 -or- Alexis Pascal,"
               " +1-650-470-4235, both for Pericom Semiconductor Corporation/")
    assert [(c[0], c[3]) for c in _edited(_PERICOM_2006, (
        "/CONTACT:  Deborah Stapleton or Alexis Pascal, +1-650-470-4234, or fax,\n"
        "+1-408-435-1100, both for Pericom Semiconductor Corporation/", trailer))] == [
        ("Deborah Stapleton", "+1-650-470-4234"), ("Alexis Pascal", "+1-650-470-4235")]
    # 8k_1994_unioncampcorp_1.txt's contact line with a second person after "-or-" (was:
    # "-or- Jane" read as his role)
    assert _edited(_UNION_CAMP, ("CONTACT: Brian McDermott      201-628-2275",
                                 "CONTACT: Brian McDermott, 201-628-2275 -or- Alexis Pascal,"
                                 " 650-470-0200")) == [
        ("Brian McDermott", None, None, "201-628-2275", None),
        ("Alexis Pascal", None, None, "650-470-0200", None)]


def test_in_capitals_role_of_firm_and_numbers_respectively() -> None:
    # 8k_1994_zurnindustriesinc_2.txt's contact ("Contact: Steve Adams" / "ZURN INDUSTRIES,
    # INC." / "Erie, PA  814/452-2111") typed on one line in capitals, as 1990s releases are
    line = "CONTACT:  STEVE ADAMS, CONTROLLER, OF ZURN INDUSTRIES, INC., 814/452-2111\n"
    assert _brief(find_contacts(line)) == [
        ("STEVE ADAMS", "ZURN INDUSTRIES, INC.", "CONTROLLER", "814/452-2111", None)]
    two = ("CONTACT:  STEVE ADAMS OR ROBERT J. WARD, 814/452-2111 AND 814/452-2112,"
           " RESPECTIVELY\n")
    assert _brief(find_contacts(two)) == [
        ("STEVE ADAMS", None, None, "814/452-2111", None),
        ("ROBERT J. WARD", None, None, "814/452-2112", None)]
