"""Envelope, round 44: a Schedule 13D's XML primary document (EDGAR's structured 13D, 2024 on)
saved on its own names its issuer in ``<issuerCIK>`` (Forms 3/4/5 and 144 print
``<issuerCik>``): the registrant is that issuer, not the reporting person whose CIK is the
document's first ``<cik>``.

The excerpt is the corpus's CVR Energy Schedule TO-T/A of January 2025
(sctota_2025_cvrenergyinc_1.txt), whose header files it with an SC 13D/A by the Icahn group:
that 13D/A printed as EDGAR's Schedule 13D XML (its issuer from the header's SUBJECT COMPANY,
the filer the group's CIK), the element names as EDGAR's 13D XML schema spells them.

And a header cut short of its FILED AS OF DATE line: a Schedule 13D or 13G accepted by 10 p.m.
is filed that day since Regulation S-T Rule 13(a)(4) was amended (in force 5 February 2024),
as Forms 3, 4 and 5 were already; other forms keep the 5:30 p.m. cut-off.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.envelope.xml_primary import xml_filer
from support import FILINGS

SCHEDULE_13D_XML = """\
<?xml version="1.0" encoding="UTF-8"?>
<edgarSubmission xmlns="http://www.sec.gov/edgar/schedule13D" \
xmlns:com="http://www.sec.gov/edgar/common">
  <headerData>
    <submissionType>SCHEDULE 13D/A</submissionType>
    <filerInfo>
      <filer>
        <filerCredentials>
          <cik>0000921669</cik>
          <ccc>XXXXXXXX</ccc>
        </filerCredentials>
      </filer>
      <liveTestFlag>LIVE</liveTestFlag>
    </filerInfo>
  </headerData>
  <formData>
    <coverPageHeader>
      <amendmentNo>4</amendmentNo>
      <securitiesClassTitle>Common Stock, par value $0.01 per share</securitiesClassTitle>
      <dateOfEvent>01/08/2025</dateOfEvent>
      <previouslyFiledFlag>false</previouslyFiledFlag>
      <issuerInfo>
        <issuerCIK>0001376139</issuerCIK>
        <issuerCUSIP>12662P108</issuerCUSIP>
        <issuerName>CVR ENERGY INC</issuerName>
        <address>
          <com:street1>2277 PLAZA DRIVE</com:street1>
          <com:city>SUGAR LAND</com:city>
          <com:stateOrCountry>TX</com:stateOrCountry>
          <com:zipCode>77479</com:zipCode>
        </address>
      </issuerInfo>
    </coverPageHeader>
    <reportingPersons>
      <reportingPersonInfo>
        <reportingPersonCIK>0000921669</reportingPersonCIK>
        <reportingPersonName>CARL C. ICAHN</reportingPersonName>
      </reportingPersonInfo>
    </reportingPersons>
  </formData>
</edgarSubmission>
"""


def _record(text: str) -> dict[str, Any]:
    return parse(text.encode(), "primary_doc.xml")


def test_schedule_13d_xml_saved_alone_is_filed_under_its_issuer() -> None:
    record = _record(SCHEDULE_13D_XML)
    assert record["shape"] == "document"
    assert record["form_type"] == "SCHEDULE 13D/A"
    assert record["is_amendment"] is True
    [registrant] = record["registrants"]
    assert (registrant["name"], registrant["cik"]) == ("CVR ENERGY INC", "0001376139")


def test_schedule_13d_xml_in_its_submission_wrapper_reads_the_same() -> None:
    # the document cut out of its .txt submission keeps EDGAR's <XML> wrapper
    record = _record("<XML>\n" + SCHEDULE_13D_XML + "</XML>\n")
    [registrant] = record["registrants"]
    assert (registrant["name"], registrant["cik"]) == ("CVR ENERGY INC", "0001376139")


def test_reporting_persons_cik_is_not_taken_for_the_issuers() -> None:
    assert xml_filer(SCHEDULE_13D_XML) == ("CVR ENERGY INC", "0001376139")
    # a Form 4's issuerCik is still read (4_2025_jeanclaudecarinelamerc_1.txt's issuer)
    form4 = ("<ownershipDocument><issuer><issuerCik>0000007536</issuerCik>"
             "<issuerName>ARROW ELECTRONICS, INC.</issuerName></issuer></ownershipDocument>")
    assert xml_filer(form4) == ("ARROW ELECTRONICS, INC.", "0000007536")


CVR = "sctota_2025_cvrenergyinc_1.txt"


def _cvr_cut_short(form: str, accepted: str) -> dict[str, Any]:
    """CVR Energy's January 2025 header (filed with an SC 13D/A: its second SUBJECT COMPANY's
    FORM TYPE) as `form`, accepted at `accepted`, its FILED AS OF DATE line lost."""
    text = (FILINGS / CVR).read_text(encoding="utf-8")
    assert "<ACCEPTANCE-DATETIME>20250110171538\n" in text
    text = text.replace("<ACCEPTANCE-DATETIME>20250110171538", f"<ACCEPTANCE-DATETIME>{accepted}")
    text = text.replace("TYPE:\tSC TO-T/A", f"TYPE:\t{form}", 1)  # CONFORMED SUBMISSION TYPE
    return parse(text.replace("FILED AS OF DATE:\t\t20250110\n", "").encode(), CVR)


def test_schedule_13d_accepted_before_ten_pm_is_filed_that_day() -> None:
    assert _cvr_cut_short("SC 13D/A", "20250110181538")["filed_date"] == "2025-01-10"
    assert _cvr_cut_short("SCHEDULE 13G", "20250110215900")["filed_date"] == "2025-01-10"
    assert _cvr_cut_short("SC 13D/A", "20250110221538")["filed_date"] is None  # next day


def test_other_forms_and_older_schedules_keep_the_half_past_five_cut_off() -> None:
    assert _cvr_cut_short("SC TO-T/A", "20250110171538")["filed_date"] == "2025-01-10"
    assert _cvr_cut_short("SC TO-T/A", "20250110181538")["filed_date"] is None
    # before the amendment (Friday 10 November 2023): the next business day
    assert _cvr_cut_short("SC 13D/A", "20231110181538")["filed_date"] is None
