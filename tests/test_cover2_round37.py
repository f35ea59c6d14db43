"""Cover page, round 37 (second pass): file numbers printed atop co-registrants' columns or
listed once over their stacked names, period dates typed on a fill-in blank, "For the
financial year ended", retailers' 26- and 39-week quarters, and a "(Fiscal Year Ended)"
caption under its date.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import validate


def _record(text: str, name: str = "cover.txt") -> dict[str, Any]:
    return validate(parse(text.encode(), name))


_SIDE_BY_SIDE_1999 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

 [X]   ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
                   FOR THE FISCAL YEAR ENDED DECEMBER 31, 1998
                                       OR
 [ ]   TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934
           FOR THE TRANSITION PERIOD FROM ____________ TO ____________

   Commission File Number 1-12792                 Commission File Number 0-24816

        CARRAMERICA REALTY CORPORATION            CARRAMERICA REALTY, L.P.
  (Exact name of registrant as specified    (Exact name of registrant as specified
              in its charter)                           in its charter)

             Maryland                                  Delaware
  (State or other jurisdiction of            (State or other jurisdiction of
  incorporation or organization)             incorporation or organization)

            52-1796339                                 52-1976308
  (IRS Employer Identification No.)          (IRS Employer Identification No.)

           1850 K Street, N.W., Suite 500, Washington, D.C. 20006
               (Address of principal executive offices) (Zip Code)

                                 (202) 729-1700
              (Registrant's telephone number, including area code)

Securities registered pursuant to Section 12(b) of the Act:
"""


def test_file_numbers_atop_side_by_side_registrants() -> None:
    regs = _record(_SIDE_BY_SIDE_1999)["registrants"]
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"]) for r in regs] == [
        ("CARRAMERICA REALTY CORPORATION", "1-12792", "52-1796339"),
        ("CARRAMERICA REALTY, L.P.", "0-24816", "52-1976308"),
    ]


_SIDE_BY_SIDE_2003_HTML = """<html><body>
<p align="center"><b>FORM 10-K</b></p>
<p>[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p align="center">For the fiscal year ended December 31, 2003</p>
<table width="100%">
<tr><td align="center">Commission File Number: 1-12675</td>
<td align="center">Commission File Number: 000-54005</td></tr>
<tr><td align="center"><b>KILROY REALTY CORPORATION</b></td>
<td align="center"><b>KILROY REALTY, L.P.</b></td></tr>
<tr><td align="center">(Exact name of registrant as specified in its charter)</td>
<td align="center">(Exact name of registrant as specified in its charter)</td></tr>
<tr><td align="center">Maryland</td><td align="center">Delaware</td></tr>
<tr><td align="center">(State or other jurisdiction of incorporation or organization)</td>
<td align="center">(State or other jurisdiction of incorporation or organization)</td></tr>
<tr><td align="center">95-4598246</td><td align="center">95-4612685</td></tr>
<tr><td align="center">(I.R.S. Employer Identification No.)</td>
<td align="center">(I.R.S. Employer Identification No.)</td></tr>
</table>
<p align="center">12200 W. Olympic Boulevard, Suite 200, Los Angeles, California 90064</p>
<p align="center">(Address of principal executive offices) (Zip Code)</p>
<p align="center">(310) 481-8400</p>
<p align="center">(Registrant's telephone number, including area code)</p>
</body></html>
"""


def test_file_numbers_atop_side_by_side_registrants_html() -> None:
    regs = _record(_SIDE_BY_SIDE_2003_HTML, "kilroy.htm")["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["commission_file_number"])
            for r in regs] == [("KILROY REALTY CORPORATION", "Maryland", "1-12675"),
                               ("KILROY REALTY, L.P.", "Delaware", "000-54005")]


_STACKED_NAMES_2005 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934
                  For the fiscal year ended December 31, 2004

               Commission File Numbers: 001-09044, 000-20625

                            DUKE REALTY CORPORATION
                        DUKE REALTY LIMITED PARTNERSHIP
            (Exact Name of Registrant as Specified in its Charter)

                Indiana                                    35-1740409
                Indiana                                    35-1898425
    (State or Other Jurisdiction                       (I.R.S. Employer
of Incorporation or Organization)                    Identification Number)

          600 East 96th Street, Suite 100
              Indianapolis, Indiana                          46240
(Address of Principal Executive Offices)                  (Zip Code)

Registrant's Telephone Number, Including Area Code: (317) 808-6000
"""


def test_file_numbers_listed_over_stacked_names() -> None:
    regs = _record(_STACKED_NAMES_2005)["registrants"]
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"]) for r in regs] == [
        ("DUKE REALTY CORPORATION", "001-09044", "35-1740409"),
        ("DUKE REALTY LIMITED PARTNERSHIP", "000-20625", "35-1898425"),
    ]
    assert {r["address"]["city"] for r in regs} == {"Indianapolis"}


def test_one_file_number_over_stacked_names_stays_with_the_first() -> None:
    text = _STACKED_NAMES_2005.replace("Numbers: 001-09044, 000-20625", "Number: 001-09044")
    regs = _record(text)["registrants"]
    assert [(r["name"], r["commission_file_number"], r["state_of_incorporation"])
            for r in regs] == [("DUKE REALTY CORPORATION", "001-09044", "Indiana"),
                               ("DUKE REALTY LIMITED PARTNERSHIP", None, "Indiana")]


_TEN_QSB_2002 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM 10-QSB

[X]  QUARTERLY REPORT UNDER SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

          For the quarterly period ended ______June 30, 2002______

[ ]  TRANSITION REPORT UNDER SECTION 13 OR 15(d) OF THE EXCHANGE ACT

          For the transition period from _______ to _______

                        Commission file number: 0-26849

                            GLOBAL ARENA HOLDING INC.
        (Exact name of small business issuer as specified in its charter)
"""


def test_period_date_typed_on_its_fill_in_blank() -> None:
    assert _record(_TEN_QSB_2002)["report_date"] == "2002-06-30"


_TWENTY_F_2004 = """
                                    FORM 20-F

[ ]  REGISTRATION STATEMENT PURSUANT TO SECTION 12(b) OR (g) OF THE SECURITIES
     EXCHANGE ACT OF 1934
                                       OR
[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934

                 For the financial year ended 31 March 2004

                                       OR
[ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

                         Commission file number 1-10086

                                VODAWIDGET PLC
             (Exact name of Registrant as specified in its charter)

                                 England and Wales
                 (Jurisdiction of incorporation or organization)
"""


def test_financial_year_ended_dates_a_twenty_f() -> None:
    assert _record(_TWENTY_F_2004)["report_date"] == "2004-03-31"


_RETAIL_TEN_Q_1999 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM 10-Q

[X]  Quarterly report pursuant to Section 13 or 15(d) of the Securities
     Exchange Act of 1934

                  For the twenty-six weeks ended July 31, 1999

[ ]  Transition report pursuant to Section 13 or 15(d) of the Securities
     Exchange Act of 1934

                         Commission file number 1-10299
"""


def test_twenty_six_and_thirty_nine_weeks_ended() -> None:
    assert _record(_RETAIL_TEN_Q_1999)["report_date"] == "1999-07-31"
    text = _RETAIL_TEN_Q_1999.replace("twenty-six weeks ended July 31, 1999",
                                      "thirty-nine weeks ended October 30, 1999")
    assert _record(text)["report_date"] == "1999-10-30"


_CAPTIONED_YEAR_1996 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                   FORM 10-K

              ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                        SECURITIES EXCHANGE ACT OF 1934

          December 31, 1996                                  1-5153
         (Fiscal Year Ended)                        (Commission File Number)

                            USX WIDGET CORPORATION
            (Exact name of registrant as specified in its charter)

          Delaware                                         25-0996816
(State or other jurisdiction of                         (I.R.S. Employer
incorporation or organization)                         Identification No.)

Indicate by check mark whether the registrant (1) has filed all reports
required to be filed by Section 13 or 15(d) of the Securities Exchange Act
of 1934 during the preceding 12 months; as of February 28, 1997 ...
"""


def test_fiscal_year_ended_caption_under_its_date() -> None:
    record = _record(_CAPTIONED_YEAR_1996)
    assert record["report_date"] == "1996-12-31"
    assert record["registrants"][0]["commission_file_number"] == "1-5153"
