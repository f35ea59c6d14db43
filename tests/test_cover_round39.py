"""Cover page, round 39: a date typed with its comma after the month ("June, 30 2008"), a
state of incorporation behind its title or verb ("State of Delaware", "Incorporated in
Delaware"), and 1990s 12(b) tables whose titles wrap beside a class's second exchange
(but an indented class of its own, a note that counts no shares and a symbol "SAME" stay).

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from support import text_record

_record = text_record


_TEN_Q_2008 = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 10-Q

(Mark One)
[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the quarterly period ended June, 30 2008

                                       OR

[ ]  TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the transition period from ____________ to ____________

                        Commission file number 000-51234

                            SIERRA GAMING HOLDINGS, INC.
             (Exact name of registrant as specified in its charter)

             Nevada                                       88-0412345
(State or other jurisdiction of                        (I.R.S. Employer
incorporation or organization)                       Identification No.)

      1200 Industrial Parkway, Suite 300
             Reno, Nevada                                   89502
(Address of principal executive offices)                  (Zip Code)

                                 (775) 555-0142
              (Registrant's telephone number, including area code)

As of August 8, 2008, 12,345,678 shares of common stock, $.001 par value, were
outstanding.
"""


def test_period_with_comma_after_the_month() -> None:
    rec = _record(_TEN_Q_2008)
    assert rec["report_date"] == "2008-06-30"
    assert rec["registrants"][0]["address"]["city"] == "Reno"


_EIGHT_K_COMMA = """
                                    FORM 8-K

                                 CURRENT REPORT
                     Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

     Date of Report (Date of earliest event reported): December, 14 2009

                              GREENFIELD ACQUISITION CORP.
             (Exact name of registrant as specified in its charter)

       Florida                        000-52871                 20-8123456
(State or other jurisdiction    (Commission File Number)     (IRS Employer
   of incorporation)                                      Identification No.)

            2255 Glades Road, Suite 324A, Boca Raton, Florida 33431
               (Address of principal executive offices) (Zip Code)

                                 (561) 555-0190
              (Registrant's telephone number, including area code)
"""


def test_report_date_with_comma_after_the_month() -> None:
    rec = _record(_EIGHT_K_COMMA)
    assert rec["report_date"] == "2009-12-14"
    assert rec["event_date"] == "2009-12-14"


_EIGHT_K_1998 = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT
                     PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

         Date of Report (Date of earliest event reported) May 5, 1998

                           WESTERN PACIFIC AIRLINES, INC.
             (Exact name of registrant as specified in its charter)

    Incorporated in Delaware           0-27048                 84-1286576
(State or other jurisdiction        (Commission              (IRS Employer
    of incorporation)               File Number)           Identification No.)

                  2864 South Circle Drive, Suite 1100
                   Colorado Springs, Colorado 80906
               (Address of principal executive offices)

                                 (719) 579-7737
              (Registrant's telephone number, including area code)
"""


def test_state_incorporated_in() -> None:
    reg = _record(_EIGHT_K_1998)["registrants"][0]
    assert reg["state_of_incorporation"] == "Delaware"
    assert reg["commission_file_number"] == "0-27048"
    # a foreign place too ("State of Israel", a title alone, is a country's name)
    text = _EIGHT_K_1998.replace("Incorporated in Delaware  ", "Incorporated in Bermuda   ")
    assert _record(text)["registrants"][0]["state_of_incorporation"] == "Bermuda"
    text = _EIGHT_K_1998.replace("Incorporated in Delaware  ", "    State of Israel     ")
    assert _record(text)["registrants"][0]["state_of_incorporation"] == "State of Israel"


_EIGHT_K_2001 = """
                                   FORM 8-K

                                CURRENT REPORT

    Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

      Date of report (Date of earliest event reported): October 3, 2001

                           GENESIS MICROCHIP INC.
           (Exact name of registrant as specified in its charter)

   State of Delaware                 000-33477                 77-0584301
(State or other jurisdiction      (Commission File          (I.R.S. Employer
     of incorporation)                Number)             Identification Number)

                    2150 Gold Street, Alviso, California 95002
               (Address of principal executive offices) (Zip Code)

                                (408) 262-6599
                        (Registrant's telephone number)
"""


def test_state_behind_its_title() -> None:
    reg = _record(_EIGHT_K_2001)["registrants"][0]
    assert reg["state_of_incorporation"] == "Delaware"
    assert reg["irs_employer_id"] == "77-0584301"


_TEN_K_2006 = """
                                  UNITED STATES
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE
     ACT OF 1934

     For the fiscal year ended December 31, 2006

                          Commission file number 1-8590

                               MURPHY OIL CORPORATION
             (Exact name of registrant as specified in its charter)

             Delaware                                     71-0361522
   (State or other jurisdiction of                     (I.R.S. Employer
    incorporation or organization)                    Identification No.)

   200 Peach Street, P.O. Box 7000, El Dorado, Arkansas     71731-7000
   (Address of principal executive offices)                 (Zip Code)

       Registrant's telephone number, including area code: (870) 862-6411

          Securities registered pursuant to Section 12(b) of the Act:

                                                   Name of each exchange
         Title of each class                        on which registered
         -------------------                       ---------------------
   Common Stock, $1.00 Par Value                  New York Stock Exchange
                                                  Toronto Stock Exchange
   Series A Participating Cumulative              New York Stock Exchange
     Preferred Stock Purchase Rights              Toronto Stock Exchange

       Securities registered pursuant to Section 12(g) of the Act:  None
"""


def test_title_wrapped_beside_second_exchange() -> None:
    rows = [(s["title"], s["exchange"]) for s in _record(_TEN_K_2006)["securities"]]
    rights = "Series A Participating Cumulative Preferred Stock Purchase Rights"
    assert rows == [("Common Stock, $1.00 Par Value", "New York Stock Exchange"),
                    ("Common Stock, $1.00 Par Value", "Toronto Stock Exchange"),
                    (rights, "New York Stock Exchange"),
                    (rights, "Toronto Stock Exchange")]


_TEN_K_1995 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

                   For the fiscal year ended December 31, 1995

                          Commission File Number 1-2256

                               EXXON CORPORATION
             (Exact name of registrant as specified in its charter)

                NEW JERSEY                               13-5409005
      (State or other jurisdiction of                 (I.R.S. Employer
       incorporation or organization)                Identification Number)

     225 E. John W. Carpenter Freeway, Irving, Texas     75062-2298
     (Address of principal executive offices)            (Zip Code)

                                 (214) 444-1000
              (Registrant's telephone number, including area code)

          Securities registered pursuant to Section 12(b) of the Act:

                                                   Name of Each Exchange
           Title of Each Class                      on Which Registered
           -------------------                     ---------------------
     Common Stock, without par value               New York Stock Exchange
       (1,242,000,000 shares outstanding           Chicago Stock Exchange
        at February 29, 1996)                      Pacific Stock Exchange
     Guaranteed Debentures
       6% due 1997                                 New York Stock Exchange
     Guaranteed Notes, 8 1/4% due 2001             New York Stock Exchange

Indicate by check mark whether the registrant (1) has filed all reports
required to be filed by Section 13 or 15(d) of the Securities Exchange Act of
1934 during the preceding 12 months.  Yes  X   No
"""


def test_bracketed_shares_outstanding_note_beside_exchanges() -> None:
    rows = [(s["title"], s["exchange"]) for s in _record(_TEN_K_1995)["securities"]]
    common = "Common Stock, without par value"
    assert rows == [(common, "New York Stock Exchange"),
                    (common, "Chicago Stock Exchange"),
                    (common, "Pacific Stock Exchange"),
                    ("Guaranteed Debentures 6% due 1997", "New York Stock Exchange"),
                    ("Guaranteed Notes, 8 1/4% due 2001", "New York Stock Exchange")]


_EIGHT_K_1996 = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

                     Pursuant to Section 13 or 15(d) of the
                        Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported): July 17, 1996

                           PRAIRIE STATE BANCORP, INC.
             (Exact name of registrant as specified in its charter)

      Illinois                        0-18112                 36-3567890
(State or other jurisdiction    (Commission File Number)    (IRS Employer
   of incorporation)                                       Identification No.)

         1200 West Jefferson Street, Joliet, Illinois             60435
         (Address of principal executive offices)              (Zip Code)

Registrant's telephone number,
including area code: (815) 555-0123

                                      Same
          (Former name or former address, if changed since last report)
"""


def test_phone_after_caption_wrapped_onto_its_line() -> None:
    reg = _record(_EIGHT_K_1996)["registrants"][0]
    assert reg["phone"] == "(815) 555-0123"
    assert reg["address"]["zip"] == "60435"


def test_former_name_same_is_none() -> None:
    reg = _record(_EIGHT_K_1996)["registrants"][0]
    assert reg["former_name"] is None
    assert reg["name"] == "PRAIRIE STATE BANCORP, INC."


_TEN_K_1997_TRUST = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

                   For the fiscal year ended December 31, 1997

                          Commission File Number 1-13456

                     CORPORATE ASSET BACKED TRUST 1997-1
             (Exact name of registrant as specified in its charter)

                DELAWARE                                 13-3891234
      (State or other jurisdiction of                 (I.R.S. Employer
       incorporation or organization)                Identification Number)

     c/o The Bank of New York, 101 Barclay Street,
     New York, New York                                     10286
     (Address of principal executive offices)            (Zip Code)

                                 (212) 815-2000
              (Registrant's telephone number, including area code)

          Securities registered pursuant to Section 12(b) of the Act:

                                                   Name of Each Exchange
           Title of Each Class                      on Which Registered
           -------------------                     ---------------------
     Trust Certificates, Series 1997-1             New York Stock Exchange
         Class B Certificates                      New York Stock Exchange

          Securities registered pursuant to Section 12(g) of the Act: None

Indicate by check mark whether the registrant (1) has filed all reports
required to be filed by Section 13 or 15(d) of the Securities Exchange Act of
1934 during the preceding 12 months.  Yes  X   No
"""


def test_indented_class_beside_the_same_exchange_is_its_own() -> None:
    rows = [(s["title"], s["exchange"]) for s in _record(_TEN_K_1997_TRUST)["securities"]]
    assert rows == [("Trust Certificates, Series 1997-1", "New York Stock Exchange"),
                    ("Class B Certificates", "New York Stock Exchange")]


_TEN_K_1996_PARTNERSHIP = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

                   For the fiscal year ended December 31, 1996

                          Commission File Number 1-10234

                        AMERICA FIRST TAX EXEMPT FUND 2
             (Exact name of registrant as specified in its charter)

                DELAWARE                                 47-0712345
      (State or other jurisdiction of                 (I.R.S. Employer
       incorporation or organization)                Identification Number)

     1004 Farnam Street, Suite 400, Omaha, Nebraska        68102
     (Address of principal executive offices)            (Zip Code)

                                 (402) 444-1630
              (Registrant's telephone number, including area code)

          Securities registered pursuant to Section 12(b) of the Act:

                                                   Name of Each Exchange
           Title of Each Class                      on Which Registered
           -------------------                     ---------------------
     Beneficial Assignee Certificates              American Stock Exchange
       Class A Interests                           Pacific Stock Exchange

          Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_indented_class_under_a_certificates_title_is_its_own() -> None:
    # a second exchange beside it, but the title above already names its class
    rows = [(s["title"], s["exchange"])
            for s in _record(_TEN_K_1996_PARTNERSHIP)["securities"]]
    assert rows == [("Beneficial Assignee Certificates", "American Stock Exchange"),
                    ("Class A Interests", "Pacific Stock Exchange")]


_TEN_K_1998_RIGHTS = """
                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                    FORM 10-K

               ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE
                         SECURITIES EXCHANGE ACT OF 1934

                   For the fiscal year ended December 31, 1998

                          Commission File Number 1-8789

                            PLAINS INDUSTRIES, INC.
             (Exact name of registrant as specified in its charter)

                 OHIO                                    34-0912345
      (State or other jurisdiction of                 (I.R.S. Employer
       incorporation or organization)                Identification Number)

     6000 Rockside Woods Boulevard, Cleveland, Ohio       44131
     (Address of principal executive offices)            (Zip Code)

                                 (216) 555-7000
              (Registrant's telephone number, including area code)

          Securities registered pursuant to Section 12(b) of the Act:

                                                   Name of Each Exchange
           Title of Each Class                      on Which Registered
           -------------------                     ---------------------
     Common Stock, $1.00 par value                 New York Stock Exchange
     Preferred Share Purchase Rights (attached to  New York Stock Exchange
        outstanding Common Stock)

          Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_bracketed_note_without_a_share_count_stays() -> None:
    rows = [(s["title"], s["exchange"]) for s in _record(_TEN_K_1998_RIGHTS)["securities"]]
    assert rows == [("Common Stock, $1.00 par value", "New York Stock Exchange"),
                    ("Preferred Share Purchase Rights (attached to outstanding Common Stock)",
                     "New York Stock Exchange")]


_TEN_K_2021_SAME = """
                      UNITED STATES
           SECURITIES AND EXCHANGE COMMISSION
                 Washington, D.C. 20549

                        FORM 10-K

[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934

          For the fiscal year ended December 31, 2021

              Commission File Number 001-38123

                  SAMEDAY HOLDINGS, INC.
     (Exact name of registrant as specified in its charter)

        Delaware                                 82-1234567
(State or other jurisdiction of               (I.R.S. Employer
incorporation or organization)               Identification No.)

Securities registered pursuant to Section 12(b) of the Act:

Title of each class              Trading Symbol(s)    Name of each exchange on which registered
Common Stock, $0.0001 par value        SAME           The Nasdaq Stock Market LLC

Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_trading_symbol_same_is_kept() -> None:
    rows = [(s["title"], s["trading_symbol"], s["exchange"])
            for s in _record(_TEN_K_2021_SAME)["securities"]]
    assert rows == [("Common Stock, $0.0001 par value", "SAME", "The Nasdaq Stock Market LLC")]
