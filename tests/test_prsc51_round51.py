"""Press-release contacts (round 51): a firm printed with no legal form before a dash or a
comma ("CONTACT: Pericom Semiconductor - Alex Hui, 408-...", "Home Health Corporation of
America - Bruce Feldman") is its people's organisation; of two runs around a dash that both
read as names, the one opening with a common given name is the person ("Sears Roebuck -
Scott Bohaboy"); a firm line's town and state ("Pericom Semiconductor, San Jose", "Zurn
Industries, Erie, Pa.") and department ("Pericom Semiconductor, Investor Relations") are no
part of the firm's name; an extension parted from its number by a comma in PR Newswire's
"/CONTACT:" trailer ("+1-408-435-0800, ext. 204,") stays with the phone; PR Newswire's
"CONTACT:" record printed with no slashes reads "<title> of <company>" as its trailer does.

The excerpts edit Pericom Semiconductor's 2006 8-K contact block ("CONTACT:" / "Pericom
Semiconductor Corporation" / "Alex Hui/Angela Chen" / "Tel: 408-435-0800" / ...), its 2005
PR Newswire trailer, Zurn Industries' 1994 block and Home Health Corporation of America's
1998 one into shapes Business Wire and PR Newswire records print.
"""

from __future__ import annotations

from filing2json.parsers import parse
from support import FILINGS, pericom_contacts

_Brief = list[tuple[str | None, ...]]


def _contacts(block: str) -> _Brief:
    """The contacts of Pericom's 8-K with its contact block printed as ``block``."""
    return [(c["name"], c["organization"], c["role"], c["phone"]) for c in pericom_contacts(block)]


def _edited(name: str, old: str, new: str) -> _Brief:
    """The contacts of a corpus filing with ``old`` printed as ``new``."""
    text = (FILINGS / name).read_text(encoding="latin-1")
    assert old in text
    record = parse(text.replace(old, new).encode("latin-1"), name)
    return [(c["name"], c["organization"], c["role"], c["phone"], c["email"])
            for release in record["press_releases"] for c in release["contacts"]]


def test_a_firm_with_no_legal_form_before_a_dash() -> None:
    # edited: "CONTACT: <firm> - <name>, <phone>", the firm as the 2006 block's first line
    # prints it less its "Corporation" (was: no contact)
    assert _contacts("CONTACT: Pericom Semiconductor - Alex Hui, 408-435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor", None, "408-435-0800")]
    assert _contacts("CONTACT: Pericom - Alex Hui, 408-435-0800\n") == [
        ("Alex Hui", "Pericom", None, "408-435-0800")]
    # two people, the firm printed once before the dash (was: Angela Chen alone, with
    # "Pericom Semiconductor - Alex Hui, CFO" as her firm)
    assert _contacts("CONTACT: Pericom Semiconductor - Alex Hui, CFO, 408-435-0800, or Angela "
                     "Chen, Investor Relations, 408-435-0801\n") == [
        ("Alex Hui", "Pericom Semiconductor", "CFO", "408-435-0800"),
        ("Angela Chen", "Pericom Semiconductor", "Investor Relations", "408-435-0801")]
    # a department or the person first reads as before
    assert _contacts("CONTACT: Investor Relations - Angela Chen, 408-435-0800\n") == [
        ("Angela Chen", None, "Investor Relations", "408-435-0800")]
    assert _contacts("CONTACT: Angela Chen - Pericom Semiconductor, 408-435-0800\n") == [
        ("Angela Chen", "Pericom Semiconductor", None, "408-435-0800")]


def test_a_firm_with_no_legal_form_before_a_comma() -> None:
    # edited: the firm first, then the person (was: no contact)
    assert _contacts("CONTACT: Pericom Semiconductor, Alex Hui, 408-435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor", None, "408-435-0800")]


def test_a_firm_read_like_a_name_before_a_dash() -> None:
    # edited: the firm as Sears' 2004 8-K names it ("Sears, Roebuck and Co.") with no comma
    # or legal form, and its investor contact (was: "Sears Roebuck" the person, "Scott
    # Bohaboy" the firm)
    assert _contacts("CONTACT: Sears Roebuck - Scott Bohaboy, 847-286-7419\n") == [
        ("Scott Bohaboy", "Sears Roebuck", None, "847-286-7419")]
    assert _contacts("CONTACT: Sears Roebuck - Scott Bohaboy, Investor Relations, "
                     "847-286-7419\n") == [
        ("Scott Bohaboy", "Sears Roebuck", "Investor Relations", "847-286-7419")]
    assert _contacts("CONTACT: Scott Bohaboy - Sears Roebuck, 847-286-7419\n") == [
        ("Scott Bohaboy", "Sears Roebuck", None, "847-286-7419")]


def test_a_firm_line_with_its_town_or_department() -> None:
    # edited: Business Wire's "CONTACT: <firm>, <town>" over the person (was: the town kept
    # in the organisation)
    assert _contacts("CONTACT: Pericom Semiconductor, San Jose\n"
                     "         Alex Hui, 408/435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor", None, "408/435-0800")]
    assert _contacts("CONTACT: Pericom Semiconductor, San Jose, Calif.\n"
                     "         Alex Hui, 408/435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor", None, "408/435-0800")]
    # (was: "Pericom Semiconductor, Investor Relations" the organisation, no role)
    assert _contacts("CONTACT: Pericom Semiconductor, Investor Relations\n"
                     "         Alex Hui, 408/435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor", "Investor Relations", "408/435-0800")]
    # a town alone is no firm to cut
    assert _contacts("CONTACT: Pericom Semiconductor Inc., San Jose\n"
                     "         Alex Hui, 408/435-0800\n") == [
        ("Alex Hui", "Pericom Semiconductor Inc.", None, "408/435-0800")]


_ZURN = "8k_1994_zurnindustriesinc_2.txt"
_ZURN_BLOCK = "Contact: Steve Adams\n\nZURN INDUSTRIES, INC.\n\nErie, PA  814/452-2111"


def test_a_firm_line_with_its_town_and_the_aps_state() -> None:
    # edited: Zurn's 1994 block with the firm, town and state on one line, mixed case
    # (was: "Zurn Industries, Erie, Pa." the organisation)
    assert _edited(_ZURN, _ZURN_BLOCK, "Contact: Steve Adams\n         Zurn Industries, Erie, "
                   "Pa.\n         814/452-2111") == [
        ("Steve Adams", "Zurn Industries", None, "814/452-2111", None)]
    assert _edited(_ZURN, _ZURN_BLOCK, "Contact: Steve Adams\n         ZURN INDUSTRIES, ERIE, "
                   "PA\n         814/452-2111") == [
        ("Steve Adams", "ZURN INDUSTRIES", None, "814/452-2111", None)]
    # as filed
    assert _edited(_ZURN, _ZURN_BLOCK, _ZURN_BLOCK) == [
        ("Steve Adams", "ZURN INDUSTRIES, INC.", None, "814/452-2111", None)]


_PERICOM_2005 = "8k_2005_pericomsemiconductorco_8.txt"
_TRAILER = ("     /CONTACT:  Mike Craighead, VP/Chief Financial Officer of Pericom,\n"
            "+1-408-435-0800/")


def test_an_extension_in_a_trailer() -> None:
    # edited: Pericom's 2005 PR Newswire trailer with an extension and an e-mail after the
    # number (was: "ext. 204" the organisation)
    assert _edited(_PERICOM_2005, _TRAILER, "     /CONTACT:  Mike Craighead, Chief Financial "
                   "Officer, +1-408-435-0800, ext. 204,\nmcraighead@pericom.com/") == [
        ("Mike Craighead", None, "Chief Financial Officer", "+1-408-435-0800 ext. 204",
         "mcraighead@pericom.com")]
    assert _edited(_PERICOM_2005, _TRAILER, "     /CONTACT:  Mike Craighead, VP/Chief Financial"
                   " Officer of Pericom,\n+1-408-435-0800, x204/") == [
        ("Mike Craighead", "Pericom", "VP/Chief Financial Officer", "+1-408-435-0800 x204",
         None)]


_PERICOM_2005_TAIL = ("SOURCE  Pericom Semiconductor Corporation\n"
                      "     -0-                             08/02/2005\n" + _TRAILER + "\n"
                      "     /Web site:  http://www.pericom.com /")


def test_a_newswire_record_with_no_slashes() -> None:
    # edited: Pericom's 2005 trailer printed as PR Newswire's later releases print it, a
    # "CONTACT:" record with no slashes above "SOURCE" (was: "VP/Chief Financial Officer of
    # Pericom" the role, no organisation)
    assert _edited(_PERICOM_2005, _PERICOM_2005_TAIL, "CONTACT:  Mike Craighead, VP/Chief "
                   "Financial Officer of Pericom,\n+1-408-435-0800\n\nSOURCE  Pericom "
                   "Semiconductor Corporation") == [
        ("Mike Craighead", "Pericom", "VP/Chief Financial Officer", "+1-408-435-0800", None)]
    # a department after "of" stays in the role
    assert _edited(_PERICOM_2005, _PERICOM_2005_TAIL, "CONTACT:  Mike Craighead, Director of "
                   "Investor Relations,\n+1-408-435-0800\n\nSOURCE  Pericom "
                   "Semiconductor Corporation") == [
        ("Mike Craighead", None, "Director of Investor Relations", "+1-408-435-0800", None)]
    # a number typed otherwise: the firm after an officer's title is the organisation too
    # (round 53; it was kept in the role)
    assert _edited(_PERICOM_2005, _PERICOM_2005_TAIL, "CONTACT:  Mike Craighead, VP/Chief "
                   "Financial Officer of Pericom,\n(408) 435-0800\n\nSOURCE  Pericom "
                   "Semiconductor Corporation") == [
        ("Mike Craighead", "Pericom", "VP/Chief Financial Officer", "(408) 435-0800", None)]


_HOME_HEALTH = "8k_1998_homehealthcorpofameric_2.txt"
_HOME_HEALTH_BLOCK = "Contact:\tBruce Feldman\n"


def test_a_firm_with_small_words_and_no_legal_form_last() -> None:
    # edited: Home Health Corporation of America's 1998 block with its firm before the
    # name, a dash between (was: no contact)
    assert _edited(_HOME_HEALTH, _HOME_HEALTH_BLOCK, "Contact:\tHome Health Corporation of "
                   "America - Bruce Feldman\n") == [
        ("Bruce Feldman", "Home Health Corporation of America", "Chief Executive Officer",
         "(610) 272-1717", None)]
    # as filed
    assert _edited(_HOME_HEALTH, _HOME_HEALTH_BLOCK, _HOME_HEALTH_BLOCK) == [
        ("Bruce Feldman", None, "Chief Executive Officer", "(610) 272-1717", None)]


def test_a_firm_line_with_a_town_of_small_words() -> None:
    # edited: the same block as Business Wire printed such records, the firm's town and
    # state after it (was: "..., King of Prussia, Pa." kept in the organisation)
    assert _edited(_HOME_HEALTH, _HOME_HEALTH_BLOCK + "                        \t\t\t\t\t\t\t\t"
                   "Chief Executive Officer\n\n                       \t\t\t\t\t\t\t\t"
                   "(610) 272-1717\n",
                   "Contact: Home Health Corporation of America, King of Prussia, Pa.\n"
                   "         Bruce Feldman, (610) 272-1717\n") == [
        ("Bruce Feldman", "Home Health Corporation of America", None, "(610) 272-1717", None)]
