"""Cover page, round 65b: a bare EDGAR XML primary document's cover page gives its filer's
address, file number and telephone (a 13F's <filingManager> and <form13FFileNumber>, an N-PX's
<reportingPerson> and <fileNumber>); a telephone given in a sentence with words between
"number" and "is" ("The telephone number of the Registrant is ...").

The XML tests read the 13F-HR primary document of LTS One Management's submission of November
2023 (corpus), cut out of it as EDGAR serves it alone (primary_doc.xml), and edited into the
shapes other filers print: a 13F notice naming another manager's number, a foreign manager's
address, an N-PX's reporting person. The telephone tests read AEGON's 20-F for 2000 (corpus)
with a sentence added under its address's caption (test_cov65_round65._aegon_phone).
"""

from __future__ import annotations

import re
import time

import pytest
from test_cov65_round65 import _aegon_phone
from test_xml_primary import _primary_xml

from filing2json.parsers import parse
from support import filing, validate

_LTS = "13fhr_2023_ltsonemanagementlp_1.txt"
_FORM4 = "4_2025_garasciajessicaa_1.txt"
_OWN_NUMBER = "<form13FFileNumber>028-22111</form13FFileNumber>"


def _bare(name: str, edit: dict[str, str] | None = None) -> dict:
    """The registrant of the submission's first document parsed alone, with each `edit` key
    (which must be in it) replaced by its value."""
    xml = _primary_xml(name)
    for old, new in (edit or {}).items():
        assert old in xml
        xml = xml.replace(old, new)
    (reg,) = validate(parse(xml.encode(), "primary_doc.xml"))["registrants"]
    return reg


def test_13f_xml_alone_gives_its_managers_address_and_file_number() -> None:
    reg = _bare(_LTS)
    (whole,) = filing(_LTS)["registrants"]
    # as the submission's header states them
    assert (reg["address"], reg["commission_file_number"]) == (
        whole["address"], whole["commission_file_number"])
    assert reg["address"] == {"street": "650 MADISON AVENUE, 15TH FLOOR", "city": "NEW YORK",
                              "state": "NY", "zip": "10022"}
    assert reg["commission_file_number"] == "028-22111"
    # the signer's telephone (<signatureBlock>) is not the manager's; not its <secFileNumber>
    # (801-123373, its adviser registration) either
    assert reg["phone"] is None
    # a Form 4's issuer has no address: <reportingOwnerAddress> is the insider's
    assert _bare(_FORM4)["address"] is None


def test_13f_notice_takes_no_other_managers_number() -> None:
    # a notice printing no number of its own, then the manager that reports for it
    other = ("<otherManagersInfo><otherManager><cik>0000102909</cik>"
             "<form13FFileNumber>028-00001</form13FFileNumber><name>Other Manager LLC</name>"
             "</otherManager></otherManagersInfo>")
    reg = _bare(_LTS, {_OWN_NUMBER: "", "</coverPage>": other + "</coverPage>"})
    assert reg["commission_file_number"] is None
    assert _bare(_LTS, {"</coverPage>": other + "</coverPage>"})[
        "commission_file_number"] == "028-22111"


def test_13f_foreign_managers_place_is_spelt_out() -> None:
    # EDGAR's place code, as the header's is spelt out ("X0": the United Kingdom)
    reg = _bare(_LTS, {"<com:city>NEW YORK</com:city>": "<com:city>LONDON</com:city>",
                       "<com:stateOrCountry>NY<": "<com:stateOrCountry>X0<",
                       "<com:zipCode>10022<": "<com:zipCode>W1K 3JR<"})
    assert reg["address"] == {"street": "650 MADISON AVENUE, 15TH FLOOR", "city": "LONDON",
                              "state": "United Kingdom", "zip": "W1K 3JR"}


def test_npx_xml_alone_gives_its_reporting_persons_details() -> None:
    # an N-PX names its filer as <reportingPerson>, its telephone in it, <fileNumber> after
    reg = _bare(_LTS, {
        "<submissionType>13F-HR<": "<submissionType>N-PX<",
        "<filingManager>\n        <name>LTS One Management LP</name>":
            "<reportingPerson>\n        <name>LTS One Management LP</name>\n"
            "        <phoneNumber>646-860-0181</phoneNumber>",
        "</filingManager>": "</reportingPerson>",
        _OWN_NUMBER: "<fileNumber>811-02652</fileNumber>"})
    assert (reg["name"], reg["commission_file_number"], reg["phone"]) == (
        "LTS One Management LP", "811-02652", "(646) 860-0181")
    assert reg["address"]["street"] == "650 MADISON AVENUE, 15TH FLOOR"


def test_13f_cover_page_alone_gives_its_quarter() -> None:
    # a 13F cut down to its cover page: no <periodOfReport>, the <reportCalendarOrQuarter>
    xml = re.sub(r"<periodOfReport>[^<]*</periodOfReport>", "", _primary_xml(_LTS))
    record = parse(xml.encode(), "primary_doc.xml")
    assert record["report_date"] == "2023-09-30"


def test_xml_filer_details_are_linear() -> None:
    junk = ("<filingManager><com:street1>" + "<fileNumber " * 20000
            + "<form13FFileNumber x" * 8000)
    xml = f'<?xml version="1.0"?>\n<edgarSubmission>{junk}</edgarSubmission>\n'
    began = time.process_time()
    parse(xml.encode(), "primary_doc.xml")
    assert time.process_time() - began < 5


@pytest.mark.parametrize("sentence", [
    "The telephone number of the Registrant is (31) 70 344 3211.\n",
    "The telephone number of the Registrant's principal executive\noffices is (31) 70 344 3211.\n",
    "The telephone number of the Registrant, including area code, is (31) 70 344 3211.\n"],
    ids=["of_the_registrant", "wrapped", "area_code_after"])
def test_phone_in_a_sentence_with_words_before_is(sentence: str) -> None:
    assert _aegon_phone(sentence) == "(31) 70 344 3211"


def test_phone_in_a_sentence_with_words_not_anothers() -> None:
    # the words name an agent or a contact: their number; not over a sentence's end
    assert _aegon_phone("The telephone number of its agent for service is "
                        "(31) 70 344 3211.\n") is None
    assert _aegon_phone("The telephone number of the person to contact is (31) 70 344 3211.\n"
                        "Its telephone number of record is (31) 70 344 3200.\n") == (
        "(31) 70 344 3200")
    assert _aegon_phone("Its telephone number. The list is (31) 70 344 3211.\n") is None


def test_phone_in_a_sentence_with_words_is_linear() -> None:
    junk = "telephone number " + "of the Registrant " * 12000
    began = time.process_time()
    assert _aegon_phone(junk + "\n") is None
    assert time.process_time() - began < 5
