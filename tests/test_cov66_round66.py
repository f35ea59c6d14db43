"""Cover page, round 66: a bare Form 144 XML's date of notice is its report date; a bare Form
D XML's <primaryIssuer> gives its issuer's address, telephone and jurisdiction of incorporation.

Neither form is in the corpus. The Form 144 is the Form 4 of Jessica Garascia for AAR Corp of
January 2025 (corpus, 4_2025_garasciajessicaa_1.txt) edited into the layout of EDGAR's Form 144
XML (2023 on): the issuer, its file number, address and telephone (its header's) in
<issuerInfo>, the sale of 1,500 shares on 2025-01-10 as <approxSaleDate> in
<securitiesInformation>, the signature's date as <noticeDate> in <noticeSignature>, as the
form's MM/DD/YYYY. The Form D is the 13F-HR primary document of LTS One Management of November
2023 (corpus, 13fhr_2023_ltsonemanagementlp_1.txt) edited into the layout of EDGAR's Form D
primary_doc.xml: its filing manager as <primaryIssuer> (<entityName>, <issuerAddress> with
unprefixed elements, <issuerPhoneNumber> the header's business phone, <jurisdictionOfInc> its
header's state of incorporation spelt out as the form prints it), a related person with an
address of his own after it.
"""

from __future__ import annotations

import re
import time

import pytest
from test_xml_primary import _primary_xml

from filing2json.parsers import parse
from support import FILINGS, validate

_AAR_FORM4 = "4_2025_garasciajessicaa_1.txt"
_LTS = "13fhr_2023_ltsonemanagementlp_1.txt"


def _form144(notice: str = "<noticeDate>01/10/2025</noticeDate>") -> str:
    """The AAR Form 4 as a Form 144 (see the module's docstring), signed with `notice`."""
    form4 = _primary_xml(_AAR_FORM4)
    issuer = re.search(r"<issuerName>([^<]+)<", form4).group(1)
    sold = re.search(r"<transactionDate>\s*<value>(\d{4})-(\d\d)-(\d\d)<", form4)
    signer = re.search(r"<signatureName>([^<]+)<", form4).group(1)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<edgarSubmission xmlns="http://www.sec.gov/edgar/ownership" \
xmlns:com="http://www.sec.gov/edgar/common">
  <headerData>
    <submissionType>144</submissionType>
    <filerInfo><filer><filerCredentials><cik>0001806647</cik><ccc>XXXXXXXX</ccc>\
</filerCredentials></filer><liveTestFlag>LIVE</liveTestFlag></filerInfo>
  </headerData>
  <formData>
    <issuerInfo>
      <issuerCik>0000001750</issuerCik>
      <issuerName>{issuer}</issuerName>
      <secFileNumber>001-06263</secFileNumber>
      <issuerAddress>
        <com:street1>1100 N WOOD DALE RD</com:street1>
        <com:city>WOOD DALE</com:city>
        <com:stateOrCountry>IL</com:stateOrCountry>
        <com:zipCode>60191</com:zipCode>
      </issuerAddress>
      <issuerContactPhone>6302272000</issuerContactPhone>
      <nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>Garascia Jessica A.\
</nameOfPersonForWhoseAccountTheSecuritiesAreToBeSold>
      <relationshipsToIssuer>Officer</relationshipsToIssuer>
    </issuerInfo>
    <securitiesInformation>
      <securitiesClassTitle>Common Stock</securitiesClassTitle>
      <noOfUnitsSold>1500</noOfUnitsSold>
      <approxSaleDate>{sold.group(2)}/{sold.group(3)}/{sold.group(1)}</approxSaleDate>
      <securitiesExchangeName>NYSE</securitiesExchangeName>
    </securitiesInformation>
    <nothingToReportFlagOnSecuritiesSoldInPast3Months>true\
</nothingToReportFlagOnSecuritiesSoldInPast3Months>
    <noticeSignature>
      {notice}
      <signature>{signer}</signature>
    </noticeSignature>
  </formData>
</edgarSubmission>
"""


def test_form144_xml_alone_is_dated_by_its_notice() -> None:
    record = validate(parse(_form144().encode(), "primary_doc.xml"))
    assert (record["form_type"], record["report_date"], record["event_date"]) == (
        "144", "2025-01-10", None)
    (reg,) = record["registrants"]
    assert (reg["name"], reg["cik"], reg["commission_file_number"], reg["phone"]) == (
        "AAR CORP", "0000001750", "001-06263", "(630) 227-2000")
    # the notice's date, not the sale's: a notice signed the day before its sale
    moved = _form144("<noticeDate>01/09/2025</noticeDate>")
    assert parse(moved.encode(), "primary_doc.xml")["report_date"] == "2025-01-09"
    # no notice date printed: no report date (the sale's is a date yet to come)
    assert parse(_form144("").encode(), "primary_doc.xml")["report_date"] is None


def _form_d() -> str:
    """The LTS 13F as a Form D (see the module's docstring)."""
    xml = _primary_xml(_LTS)
    cut = xml.index("<headerData>"), xml.index("<reportType>")
    issuer = xml[xml.index("<filingManager>"):cut[1]]
    issuer = (issuer.replace("<filingManager>", "<primaryIssuer>\n<cik>0001894188</cik>")
              .replace("<name>", "<entityName>").replace("</name>", "</entityName>")
              .replace("<address>", "<issuerAddress>")
              .replace("</address>", "</issuerAddress>\n<issuerPhoneNumber>646-860-0181"
                       "</issuerPhoneNumber>\n<jurisdictionOfInc>DELAWARE</jurisdictionOfInc>")
              .replace("</filingManager>", "</primaryIssuer>").replace("com:", ""))
    related = ("<relatedPersonsList><relatedPersonInfo><relatedPersonName><firstName>James"
               "</firstName><lastName>Gallagher</lastName></relatedPersonName>"
               "<relatedPersonAddress><street1>1 OTHER STREET</street1><city>BOSTON</city>"
               "<stateOrCountry>MA</stateOrCountry><zipCode>02110</zipCode>"
               "</relatedPersonAddress></relatedPersonInfo></relatedPersonsList>")
    return (xml[:cut[0]].replace(' xmlns:com="http://www.sec.gov/edgar/common"', "")
            .replace("thirteenffiler", "formd")
            + "<submissionType>D</submissionType>\n<testOrLive>LIVE</testOrLive>\n"
            + issuer + related + "<offeringData></offeringData>\n</edgarSubmission>\n")


def test_form_d_xml_alone_gives_its_issuers_address_and_phone() -> None:
    record = validate(parse(_form_d().encode(), "primary_doc.xml"))
    assert record["form_type"] == "D"
    (reg,) = record["registrants"]
    assert (reg["name"], reg["cik"], reg["phone"]) == (
        "LTS One Management LP", "0001894188", "(646) 860-0181")
    # its Item 1's jurisdiction of incorporation, as printed (the header's "DE")
    assert reg["state_of_incorporation"] == "DELAWARE"
    # the issuer's address, not its related person's
    assert reg["address"] == {"street": "650 MADISON AVENUE, 15TH FLOOR", "city": "NEW YORK",
                              "state": "NY", "zip": "10022"}


def test_xml_primary_issuer_block_is_linear() -> None:
    junk = "<primaryIssuer><issuerPhoneNumber x" * 8000 + "<noticeDate " * 20000
    xml = f'<?xml version="1.0"?>\n<edgarSubmission>{junk}</edgarSubmission>\n'
    began = time.process_time()
    parse(xml.encode(), "primary_doc.xml")
    assert time.process_time() - began < 5


# -- a cover's number closed by a full stop ------------------------------------------------
# The covers of the corpus's 10-K405 (PerkinElmer, 2001), 10-Q (Indiana Bell, 1999), 10-Q/A
# (Apple, 1997), 8-Ks (Turner Broadcasting and Union Camp, 1994) and S-3/A (Page America,
# 1995), each read alone as EDGAR serves its first document (no header to fill a field the
# cover misses), with a full stop typed after one number, as some filers type them.
_PERKINELMER = "10k405_2001_perkinelmerinc_1.txt"
_INDIANA_BELL = "10q_1999_indianabelltelephoneco_1.txt"
_APPLE_10Q = "10qa_1997_applecomputerinc_1.txt"
_TURNER = "8k_1994_turnerbroadcastingsyst_1.txt"
_UNION_CAMP = "8k_1994_unioncampcorp_1.txt"
_PAGE_AMERICA = "s3a_1995_pageamericagroupinc_1.txt"
_TEXT = re.compile(r"<TEXT>(.*?)(?:</TEXT>|\Z)", re.S)


def _cover(name: str, old: str, new: str) -> dict:
    """The registrant of the filing's first document read alone, `old` (which must be in it)
    replaced by `new`."""
    text = _TEXT.search((FILINGS / name).read_text(encoding="latin-1")).group(1)
    assert old in text
    record = parse(text.replace(old, new, 1).encode("latin-1"), "cover.txt", keep_text=False)
    (reg, *_) = validate(record)["registrants"]
    return reg


@pytest.mark.parametrize(("name", "old", "new", "number"), [
    (_PERKINELMER, "COMMISSION FILE NUMBER 1-5075", "COMMISSION FILE NUMBER 1-5075.", "1-5075"),
    (_APPLE_10Q, "Commission file number 0-10030", "Commission file number: 0-10030.",
     "0-10030"),
    (_APPLE_10Q, "Commission file number 0-10030", "Commission File No. 0-10030.", "0-10030"),
    (_APPLE_10Q, "Commission file number 0-10030", "Commission file number      0-10030.",
     "0-10030"),
    (_TURNER, "          0-9334      ", "          0-9334.     ", "0-9334"),
    (_INDIANA_BELL, "Commission File Number 1-6746", "Commission File Number 1-6746.", "1-6746")],
    ids=["after_caption", "after_colon", "after_no", "right_of_caption", "over_caption",
         "10q"])
def test_file_number_closed_by_a_full_stop(name: str, old: str, new: str, number: str) -> None:
    assert _cover(name, old, new)["commission_file_number"] == number


def test_irs_number_and_registration_number_closed_by_a_full_stop() -> None:
    # a wrapped caption's last word with its number: "Number 35-0407820."
    assert _cover(_INDIANA_BELL, "Number 35-0407820", "Number 35-0407820.")[
        "irs_employer_id"] == "35-0407820"
    # a registration statement's number atop its cover
    assert _cover(_PAGE_AMERICA, "Registration No. 33-88960", "Registration No. 33-88960.")[
        "commission_file_number"] == "33-88960"


@pytest.mark.parametrize(("name", "old", "phone"), [
    (_UNION_CAMP, "(201) 628-2000", "(201) 628-2000"),
    (_INDIANA_BELL, "(800) 257-0902", "(800) 257-0902"),
    (_PAGE_AMERICA, "(201) 342-6676", "(201) 342-6676")],
    ids=["after_caption", "right_of_caption", "under_address"])
def test_phone_closed_by_a_full_stop(name: str, old: str, phone: str) -> None:
    reg = _cover(name, old, old + ".")
    assert reg["phone"] == phone
    if name == _PAGE_AMERICA:  # (the line under the address is its phone, not its city's)
        assert reg["address"] == {"street": "125 State Street", "city": "Hackensack",
                                  "state": "New Jersey", "zip": "07601"}


_WESTELL = "8k_1999_westelltechnologiesinc_3.txt"


def test_state_and_zip_closed_by_a_full_stop() -> None:
    # a state's name alone over its caption, a zip in its column
    assert _cover(_TURNER, "                                    Georgia\n",
                  "                                    Georgia.\n")[
        "state_of_incorporation"] == "Georgia"
    assert _cover(_WESTELL, "Illinois                         60504",
                  "Illinois                         60504.")["address"] == {
        "street": "750 North Commons Drive", "city": "Aurora", "state": "Illinois",
        "zip": "60504"}
    # an abbreviation keeps its full stop, as printed
    assert _cover(_TURNER, "                                    Georgia\n",
                  "                                    Calif.\n")[
        "state_of_incorporation"] == "Calif."
