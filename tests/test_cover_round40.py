"""Cover page, round 40: a co-registrant's long name run on under the state caption of a
registrant table printed by column, and a combined filing's 12(b) table grouping its
classes under each registrant's name.

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from support import text_record

_record = text_record


_S3_CO_REGISTRANTS = """
     As filed with the Securities and Exchange Commission on August 4, 2016
                                                 Registration No. 333-
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549
                                    FORM S-3
                          REGISTRATION STATEMENT UNDER
                           THE SECURITIES ACT OF 1933

         HARBORVIEW PROPERTIES TRUST                   Maryland          04-3456789
     HARBORVIEW PROPERTIES OPERATING PARTNERSHIP, L.P.  Delaware         04-3456790
 (Exact name of registrant as specified     (State or other         (I.R.S. Employer
          in its charter)                    jurisdiction of      Identification No.)
                                             incorporation or
                                              organization)

                          One Federal Street, 21st Floor
                           Boston, Massachusetts 02110
                                  (617) 555-8000
  (Address, including zip code, and telephone number, including area code, of
                 registrant's principal executive offices)

                                 Karen L. White
                         Executive Vice President and Secretary
                          One Federal Street, 21st Floor
                           Boston, Massachusetts 02110
                                  (617) 555-8000
(Name, address, including zip code, and telephone number, including area code,
                              of agent for service)
"""


def test_long_co_registrant_name_run_under_the_state_caption_stays_whole() -> None:
    regs = _record(_S3_CO_REGISTRANTS)["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["irs_employer_id"]) for r in regs] == [
        ("HARBORVIEW PROPERTIES TRUST", "Maryland", "04-3456789"),
        ("HARBORVIEW PROPERTIES OPERATING PARTNERSHIP, L.P.", "Delaware", "04-3456790")]
    assert regs[1]["address"]["city"] == "Boston"


_COMBINED_10K_2003 = """
                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

For the fiscal year ended December 31, 2003

Commission     Registrant, State of Incorporation,                I.R.S. Employer
File Number    Address and Telephone Number                       Identification No.
-----------    -----------------------------------                ------------------
1-9120         NORTHEAST ENERGY GROUP INCORPORATED                22-2625848
               (A New Jersey Corporation)
               80 Park Plaza, P.O. Box 1171
               Newark, New Jersey 07101-1171
               973 430-7000

1-973          NORTHEAST ELECTRIC AND GAS COMPANY                 22-1212800
               (A New Jersey Corporation)
               80 Park Plaza, P.O. Box 570
               Newark, New Jersey 07101-0570
               973 430-7000

Securities registered pursuant to Section 12(b) of the Act:

                                                         Name of Each Exchange
Title of Each Class                                       On Which Registered
-------------------                                      ---------------------
Northeast Energy Group Incorporated
  Common Stock without par value                        New York Stock Exchange
  8.75% Cumulative Preferred Securities of              New York Stock Exchange
    Northeast Capital Trust

Northeast Electric and Gas Company
  Cumulative Preferred Stock, $100 par value:
    4.08% Series                                        New York Stock Exchange
  8.00% Quarterly Income Debentures due 2035            New York Stock Exchange

Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_registrant_heading_in_a_combined_12b_table_is_no_title() -> None:
    rec = _record(_COMBINED_10K_2003)
    assert [(s["title"], s["exchange"]) for s in rec["securities"]] == [
        ("Common Stock without par value", "New York Stock Exchange"),
        # (a trust's name closing a wrapped title stays in it)
        ("8.75% Cumulative Preferred Securities of Northeast Capital Trust",
         "New York Stock Exchange"),
        ("Cumulative Preferred Stock, $100 par value: 4.08% Series", "New York Stock Exchange"),
        ("8.00% Quarterly Income Debentures due 2035", "New York Stock Exchange")]
    assert [r["commission_file_number"] for r in rec["registrants"]] == ["1-9120", "1-973"]


_COMBINED_10K_2012_HTML = """<html><body>
<p style="text-align:center"><b>FORM 10-K</b></p>
<p>For the fiscal year ended December 31, 2012</p>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table>
<tr><td>Title of each class</td><td>Name of each exchange on which registered</td></tr>
<tr><td>Northeast Energy Group Incorporated</td><td></td></tr>
<tr><td>Common Stock without par value</td><td>New York Stock Exchange</td></tr>
<tr><td>Northeast Electric and Gas Company</td><td></td></tr>
<tr><td>8.00% Quarterly Income Debentures due 2035</td><td>New York Stock Exchange</td></tr>
</table>
<p>Securities registered pursuant to Section 12(g) of the Act: None</p>
</body></html>
"""


def test_registrant_heading_row_in_a_rendered_12b_table_is_no_title() -> None:
    rec = _record(_COMBINED_10K_2012_HTML, "cover.htm")
    assert [s["title"] for s in rec["securities"]] == [
        "Common Stock without par value", "8.00% Quarterly Income Debentures due 2035"]



_STACKED_12B_2021_HTML = """<html><body>
<p style="text-align:center"><b>FORM 10-K</b></p>
<p>For the fiscal year ended December 31, 2021</p>
<p>Commission File Number 001-06523</p>
<p><b>COASTAL FINANCIAL CORPORATION</b></p>
<p>(Exact name of registrant as specified in its charter)</p>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table>
<tr><td>Title of each class</td><td>Trading Symbol(s)</td>
<td>Name of each exchange on which registered</td></tr>
<tr><td>Common Stock, par value $0.01 per share<br>Depositary Shares, each representing a
1/1,000th interest in a share of Floating Rate Non-Cumulative Preferred Stock, Series E<br>
7.25% Non-Cumulative Perpetual Convertible Preferred Stock, Series L<br>Depositary Shares,
each representing a 1/1,000th interest in a share of 6.000% Non-Cumulative Preferred Stock,
Series GG</td><td>CFC<br>CFC PrE<br>CFC PrL<br>CFC PrB</td><td>New York Stock Exchange<br>New
York Stock Exchange<br>New York Stock Exchange<br>New York Stock Exchange</td></tr>
</table>
<p>Securities registered pursuant to Section 12(g) of the Act: None</p>
</body></html>
"""


def test_stacked_symbols_holding_a_space_go_one_to_each_class() -> None:
    # (a title closes on its series letter; "Non-Cumulative Preferred" opens no title)
    rows = _record(_STACKED_12B_2021_HTML, "cover.htm")["securities"]
    assert [(s["title"], s["trading_symbol"]) for s in rows] == [
        ("Common Stock, par value $0.01 per share", "CFC"),
        ("Depositary Shares, each representing a 1/1,000th interest in a share of Floating Rate "
         "Non-Cumulative Preferred Stock, Series E", "CFC PrE"),
        ("7.25% Non-Cumulative Perpetual Convertible Preferred Stock, Series L", "CFC PrL"),
        ("Depositary Shares, each representing a 1/1,000th interest in a share of 6.000% "
         "Non-Cumulative Preferred Stock, Series GG", "CFC PrB")]
    assert {s["exchange"] for s in rows} == {"New York Stock Exchange"}


_TEN_K_1997_HEAD = """
                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT
     OF 1934

For the fiscal year ended December 31, 1997

Commission File Number 1-4321

                            ACME CORPORATION
         (Exact name of registrant as specified in its charter)

Securities registered pursuant to Section 12(b) of the Act:

                                                         Name of Each Exchange
Title of Each Class                                       On Which Registered
-------------------                                      ---------------------
Common Stock, $1.00 par value                            New York Stock Exchange
{ROWS}

Securities registered pursuant to Section 12(g) of the Act: None
"""


def test_issuer_closing_a_wrapped_title_is_no_registrant_heading() -> None:
    # (indented under its title, or after "of"/"by": the title's last words, not a heading
    # of classes; none follows it)
    cases = [
        ("9% Cumulative Monthly Income Preferred Securities of     New York Stock Exchange\n"
         "  Acme Capital L.P.",
         "9% Cumulative Monthly Income Preferred Securities of Acme Capital L.P."),
        ("7.5% Senior Notes due 2030 of                            New York Stock Exchange\n"
         "Acme Funding Corp.", "7.5% Senior Notes due 2030 of Acme Funding Corp."),
        ("8.125% Trust Preferred Securities of Acme Capital        New York Stock Exchange\n"
         "  Trust I, and the Guarantee thereof by\n"
         "  Acme Corporation",
         "8.125% Trust Preferred Securities of Acme Capital Trust I, and the Guarantee thereof "
         "by Acme Corporation")]
    for rows, title in cases:
        securities = _record(_TEN_K_1997_HEAD.replace("{ROWS}", rows))["securities"]
        assert [s["title"] for s in securities] == ["Common Stock, $1.00 par value", title]


_ISSUER_ROW_2012_HTML = """<html><body>
<p style="text-align:center"><b>FORM 10-K</b></p>
<p>For the fiscal year ended December 31, 2012</p>
<p><b>ACME CORPORATION</b></p><p>(Exact name of registrant as specified in its charter)</p>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table>
<tr><td>Title of each class</td><td>Name of each exchange on which registered</td></tr>
<tr><td>Common Stock, $1.00 par value</td><td>New York Stock Exchange</td></tr>
<tr><td>6.125% Trust Preferred Securities of</td><td>New York Stock Exchange</td></tr>
<tr><td>Acme Capital L.P.</td><td></td></tr>
</table>
<p>Securities registered pursuant to Section 12(g) of the Act: None</p>
</body></html>
"""


def test_issuer_row_closing_a_rendered_title_stays_in_it() -> None:
    rec = _record(_ISSUER_ROW_2012_HTML, "cover.htm")
    assert [s["title"] for s in rec["securities"]] == [
        "Common Stock, $1.00 par value", "6.125% Trust Preferred Securities of Acme Capital L.P."]


_STACKED_2021_HTML = """<html><body>
<p style="text-align:center"><b>FORM 10-K</b></p>
<p>For the fiscal year ended December 31, 2021</p>
<p><b>ACME CORPORATION</b></p><p>(Exact name of registrant as specified in its charter)</p>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table>
<tr><td>Title of each class</td><td>Trading Symbol(s)</td>
<td>Name of each exchange on which registered</td></tr>
<tr><td>{TITLES}</td><td>{SYMBOLS}</td>
<td>New York Stock Exchange<br>New York Stock Exchange</td></tr>
</table>
<p>Securities registered pursuant to Section 12(g) of the Act: None</p>
</body></html>
"""


def _stacked(titles: str, symbols: str) -> list[tuple[str | None, str | None]]:
    doc = _STACKED_2021_HTML.replace("{TITLES}", titles).replace("{SYMBOLS}", symbols)
    return [(s["title"], s["trading_symbol"]) for s in _record(doc, "cover.htm")["securities"]]


def test_series_opening_a_stacked_title_cuts_nothing_after_its_letter() -> None:
    assert _stacked("Common Stock<br>Series D Depositary Shares", "ACM<br>ACM.PD") == [
        ("Common Stock", "ACM"), ("Series D Depositary Shares", "ACM.PD")]


def test_stacked_preferred_title_opens_at_its_adjective() -> None:
    assert _stacked("Common Stock<br>Convertible Preferred Stock", "ACM<br>ACMP") == [
        ("Common Stock", "ACM"), ("Convertible Preferred Stock", "ACMP")]
    assert _stacked("Common Stock<br>Cumulative Convertible Preferred Stock", "ACM<br>ACM PR") \
        == [("Common Stock", "ACM"), ("Cumulative Convertible Preferred Stock", "ACM PR")]


def test_state_one_space_after_a_co_registrant_name_goes_to_the_state_caption() -> None:
    doc = _S3_CO_REGISTRANTS.replace(
        "     HARBORVIEW PROPERTIES OPERATING PARTNERSHIP, L.P.  Delaware         04-3456790",
        "         HARBORVIEW OPERATING CO. LLC Delaware                           04-3456790")
    regs = _record(doc)["registrants"]
    assert [(r["name"], r["state_of_incorporation"], r["irs_employer_id"]) for r in regs] == [
        ("HARBORVIEW PROPERTIES TRUST", "Maryland", "04-3456789"),
        ("HARBORVIEW OPERATING CO. LLC", "Delaware", "04-3456790")]
