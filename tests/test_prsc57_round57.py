"""Press-release contacts (round 57): an extension after "x." stays with its phone; an
international number with its trunk "0" in brackets keeps its six-digit group or its dashes
("+44 (0)7712 345678", "+44-(0)20-7555-0100"); an agency "for" a company the release names
anywhere in its lead (a merger's other party) is the contact's firm, also when the line read
as her role ("Abernathy & Frank for Acme"), and "& Co for" heads an agency's line; regions
joined by "and", "&", commas or a dash ("Middle East and Africa:", "Europe, Middle East &
Africa:", "Asia-Pacific:") head their people as one region does, alone on a line, before a
name, or side by side in columns; a firm's regional arm ("Pericom Europe") is no person.

The excerpts edit Pericom Semiconductor's 2006 contact block (Alex Hui, Angela Chen, 408-435-
0800; 8k_2006_pericomsemiconductorco_4.txt) into the shapes other releases print; the merger
cases edit its lead to name a second party ("PSEM) and Acme Widgets, Inc. today announced").
"""

from __future__ import annotations

import time

from test_prsc44_round44 import _brief  # (the same record-to-tuple helper)

from filing2json.parsers.sections.press_contacts import contacts_in
from support import FILINGS, PERICOM_2006, PERICOM_BLOCK, parse, pericom_contacts

_Brief = list[tuple[str | None, ...]]
_LEAD = "PSEM) today announced"


def _pericom(block: str) -> _Brief:
    return _brief(pericom_contacts(block))


def _merger(block: str) -> _Brief:
    """The contacts of Pericom's 2006 release with ``block`` for its contact block and a
    lead naming a second party, Acme Widgets, after Pericom."""
    text = (FILINGS / PERICOM_2006).read_text(encoding="latin-1")
    assert PERICOM_BLOCK in text and _LEAD in text
    text = text.replace(PERICOM_BLOCK, block).replace(
        _LEAD, "PSEM) and Acme Widgets, Inc. today announced")
    (release,) = parse(text.encode("latin-1"), PERICOM_2006)["press_releases"]
    return _brief(release["contacts"])


def test_an_extension_after_x_and_a_stop_stays_with_its_phone() -> None:
    # edited: the number dotted, with an extension "x. 204" (was: the firm "x. 204")
    assert _pericom("CONTACT:\nAlex Hui\n408.435.0800 x. 204\n") == [
        ("Alex Hui", None, None, "408.435.0800 x. 204", None)]
    assert _pericom("CONTACT:\nAlex Hui, 408-435-0800 x. 204, ahui@pericom.com\n") == [
        ("Alex Hui", None, None, "408-435-0800 x. 204", "ahui@pericom.com")]


def test_a_trunk_zero_number_with_a_long_group_or_dashes() -> None:
    # edited: a UK mobile's number and a London one typed with dashes (was: the number read
    # as the firm, as the role)
    assert _pericom("CONTACT:\nAlex Hui\n+44 (0)7712 345678\nahui@pericom.com\n") == [
        ("Alex Hui", None, None, "+44 (0)7712 345678", "ahui@pericom.com")]
    assert _pericom("CONTACT:\nAlex Hui, +44-(0)20-7555-0100, ahui@pericom.com\n") == [
        ("Alex Hui", None, None, "+44-(0)20-7555-0100", "ahui@pericom.com")]
    # (was: the role "/ +44 (0)7712 345678")
    assert _pericom("CONTACT:\nAlex Hui, +44 (0)20 7555 0100 / +44 (0)7712 345678\n"
                    "ahui@pericom.com\n") == [
        ("Alex Hui", None, None, "+44 (0)20 7555 0100", "ahui@pericom.com")]


def test_an_agency_for_a_party_the_lead_names_is_her_firm() -> None:
    # (was: the firms "Edelman for Acme Widgets", "Abernathy & Frank for Acme Widgets"; the
    # role "Sard Verbinnen & Hart for Acme Widgets")
    assert _merger("CONTACT:\nAngela Chen\nEdelman for Acme Widgets\n408-435-0800\n") == [
        ("Angela Chen", "Edelman", None, "408-435-0800", None)]
    assert _merger("CONTACT:\nAngela Chen, Abernathy & Frank for Acme Widgets, "
                   "408-435-0800\nAlex Hui, Kekst for Pericom, 408-435-0801\n") == [
        ("Angela Chen", "Abernathy & Frank", None, "408-435-0800", None),
        ("Alex Hui", "Kekst", None, "408-435-0801", None)]
    assert _merger("CONTACT:\nAngela Chen, Sard Verbinnen & Hart for Acme Widgets, "
                   "408-435-0800\n") == [
        ("Angela Chen", "Sard Verbinnen & Hart", None, "408-435-0800", None)]
    # a body "for" something, and a client the release never names, stay whole
    assert _merger("CONTACT:\nAngela Chen\nCenter for Acme Widgets Studies\n"
                   "408-435-0800\n") == [
        ("Angela Chen", "Center for Acme Widgets Studies", None, "408-435-0800", None)]
    assert _merger("CONTACT:\nAngela Chen\nEdelman for Zenith Corp.\n408-435-0800\n") == [
        ("Angela Chen", "Edelman for Zenith Corp.", None, "408-435-0800", None)]


def test_an_agency_and_co_for_its_client() -> None:
    # edited: an agency with "& Co" before a client the release never names (was: the firm
    # "Sard Verbinnen & Co for Zenith Corp.")
    assert _pericom("CONTACT:\nAngela Chen, Sard Verbinnen & Co for Zenith Corp., "
                    "212-555-0100\n") == [
        ("Angela Chen", "Sard Verbinnen & Co", None, "212-555-0100", None)]


def test_regions_joined_head_their_people() -> None:
    # edited: regions joined by "and", "&", commas or a dash (was: the firms "Middle East and
    # Africa", "Asia-Pacific", "Europe, Middle East & Africa", or no contact at all with the
    # label before the name)
    assert _pericom("CONTACT:\nMiddle East and Africa:\nAngela Chen\n+971 4 555 0100\n") == [
        ("Angela Chen", None, "Middle East and Africa", "+971 4 555 0100", None)]
    assert _pericom("CONTACT:\nAsia-Pacific:\nAlex Hui\n+852 2555 0100\n") == [
        ("Alex Hui", None, "Asia-Pacific", "+852 2555 0100", None)]
    assert _pericom("CONTACT:\nMiddle East and Africa: Angela Chen, +971 4 555 0100\n") == [
        ("Angela Chen", None, "Middle East and Africa", "+971 4 555 0100", None)]
    assert _pericom("CONTACT:\nEurope, Middle East and Africa: Angela Chen, Investor "
                    "Relations, +44 20 7555 0100\n") == [
        ("Angela Chen", None, "Investor Relations, Europe, Middle East and Africa",
         "+44 20 7555 0100", None)]
    assert _pericom("CONTACT:\nAmericas:                    Europe, Middle East & Africa:\n"
                    "Alex Hui                     Angela Chen\n"
                    "408-435-0800                 +44 20 7555 0100\n") == [
        ("Alex Hui", None, "Americas", "408-435-0800", None),
        ("Angela Chen", None, "Europe, Middle East & Africa", "+44 20 7555 0100", None)]
    # words joined that name no region are no label ("Smith and Jones: ..." as before)
    assert _pericom("CONTACT:\nMedia and Investors: Angela Chen, 408-435-0800\n") == [
        ("Angela Chen", None, "Media and Investors", "408-435-0800", None)]


def test_a_firms_regional_arm_is_no_person() -> None:
    # edited: the firm's line a regional arm's name, under a region's heading and in two
    # columns (was: a second contact "Pericom Europe", "Pericom Asia")
    assert _pericom("CONTACT:\nAlex Hui\nPericom Europe\n+44 20 7555 0100\n") == [
        ("Alex Hui", "Pericom Europe", None, "+44 20 7555 0100", None)]
    assert _pericom("CONTACT:\nNorth America:                 Asia Pacific:\n"
                    "Alex Hui                       Angela Chen\n"
                    "Pericom Semiconductor          Pericom Asia\n"
                    "408-435-0800                   +852 2555 0100\n") == [
        ("Alex Hui", "Pericom Semiconductor", "North America", "408-435-0800", None),
        ("Angela Chen", "Pericom Asia", "Asia Pacific", "+852 2555 0100", None)]
    # a surname that is a region's word stays a person's ("Oliver North")
    assert _pericom("CONTACT:\nAlex Hui\nOliver North\n408-435-0800\n")[1][0] == (
        "Oliver North")


def test_long_rows_parse_fast() -> None:
    # the joined-label and trunk-number patterns on ~200 KB rows of their triggers
    rows = ["CONTACT:", "Europe, Middle East and " * 8_000 + "Africa: Jane Doe",
            "+44 (0)20 " * 20_000 + "x", "Alex Hui, " + "+44-(0)20-7555 " * 13_000]
    start = time.process_time()
    contacts_in(rows)
    assert time.process_time() - start < 5.0  # (quadratic: minutes)
