"""Cover page, round 31: a 12(b) cell listing one class's two exchanges one under the other
(run into one line once rendered); a former name over an old address of two lines (text), or
each line a paragraph of its own (HTML).

Each cover is written as filings of its era print it.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from support import cover_record, validate

# a 2020s HTML 8-K cover down to the 12(b) table's head; its rows and the item follow
_HEAD = """<html><body>
<p style="text-align:center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b><br>
Washington, D.C. 20549</p>
<p style="text-align:center"><b>FORM 8-K</b></p>
<p style="text-align:center"><b>CURRENT REPORT</b><br>Pursuant to Section 13 or 15(d) of the
Securities Exchange Act of 1934</p>
<p style="text-align:center">Date of Report (Date of earliest event reported): March 5, 2025</p>
<p style="text-align:center"><b>LONE STAR MIDSTREAM CORP.</b><br>(Exact name of registrant as
specified in its charter)</p>
<table width="100%">
<tr><td style="text-align:center">Texas</td><td style="text-align:center">001-38421</td>
<td style="text-align:center">82-3456789</td></tr>
<tr><td style="text-align:center">(State or other jurisdiction<br>of incorporation)</td>
<td style="text-align:center">(Commission<br>File Number)</td>
<td style="text-align:center">(I.R.S. Employer<br>Identification No.)</td></tr>
</table>
<p style="text-align:center">2700 Post Oak Boulevard, Suite 1800<br>Houston, Texas 77056<br>
(Address of principal executive offices, including zip code)</p>
<p style="text-align:center">(713) 555-0140<br>(Registrant&#8217;s telephone number, including
area code)</p>
<p style="text-align:center">Not Applicable<br>(Former name or former address, if changed since
last report)</p>
<p>Securities registered pursuant to Section 12(b) of the Act:</p>
<table width="100%">
<tr><td style="width:45%"><b>Title of each class</b></td><td>&#160;</td>
<td><b>Trading<br>Symbol(s)</b></td><td>&#160;</td>
<td><b>Name of each exchange<br>on which registered</b></td></tr>
"""

_TAIL = """</table>
<p>Indicate by check mark whether the registrant is an emerging growth company as defined in
Rule 405 of the Securities Act of 1933.</p>
<p>Emerging growth company &#9744;</p>
<p><b>Item 8.01 Other Events.</b></p>
<p>On March 5, 2025, the Company transferred the listing of its common stock.</p>
</body></html>"""


def _securities(rows: str) -> list[dict[str, Any]]:
    record = validate(parse((_HEAD + rows + _TAIL).encode(), "cover.htm"))
    return record["securities"]


def test_one_class_on_two_exchanges_stacked_in_one_cell() -> None:
    # the 2025 dual listings: "The Nasdaq Stock Market LLC" over "NYSE Texas, Inc."; one
    # exchange's name with its tier in brackets, or "Exchange, Inc.", stays whole
    assert _securities("""
<tr><td>Common Stock, par value $0.01 per share</td><td>&#160;</td><td>LSMC</td><td>&#160;</td>
<td>The Nasdaq Stock Market LLC<br>NYSE Texas, Inc.</td></tr>
<tr><td>6.375% Senior Notes due 2030</td><td>&#160;</td><td>LSMC 30</td><td>&#160;</td>
<td>The Nasdaq Stock Market LLC<br>(The Nasdaq Global Select Market)</td></tr>
<tr><td>7.00% Senior Notes due 2032</td><td>&#160;</td><td>LSMC 32</td><td>&#160;</td>
<td>New York Stock Exchange, Inc.</td></tr>""") == [
        {"title": "Common Stock, par value $0.01 per share", "trading_symbol": "LSMC",
         "exchange": "The Nasdaq Stock Market LLC"},
        {"title": "Common Stock, par value $0.01 per share", "trading_symbol": "LSMC",
         "exchange": "NYSE Texas, Inc."},
        {"title": "6.375% Senior Notes due 2030", "trading_symbol": "LSMC 30",
         "exchange": "The Nasdaq Stock Market LLC (The Nasdaq Global Select Market)"},
        {"title": "7.00% Senior Notes due 2032", "trading_symbol": "LSMC 32",
         "exchange": "New York Stock Exchange, Inc."}]


def test_two_classes_each_with_its_symbol_and_exchange_in_stacked_cells() -> None:
    assert _securities("""
<tr><td>Common Stock, $1.00 par value<br>Series A Preferred Stock</td><td>&#160;</td>
<td>LSMC<br>LSMC-PA</td><td>&#160;</td>
<td>New York Stock Exchange<br>NYSE Arca, Inc.</td></tr>""") == [
        {"title": "Common Stock, $1.00 par value", "trading_symbol": "LSMC",
         "exchange": "New York Stock Exchange"},
        {"title": "Series A Preferred Stock", "trading_symbol": "LSMC-PA",
         "exchange": "NYSE Arca, Inc."}]



# a 2000s text 8-K cover, its former name and old address over the caption
_TEXT_COVER = """
       Date of Report (Date of earliest event reported):  November 14, 2005

                             NEXGEN BIOFUELS, INC.
            (Exact name of registrant as specified in its charter)

         Nevada                       000-50123                 88-0412345
(State or other jurisdiction   (Commission File Number)      (IRS Employer
    of incorporation)                                     Identification No.)

             5300 Memorial Drive, Suite 270, Houston, Texas 77007
          (Address of principal executive offices, including zip code)

                                 713-555-0199
             (Registrant's telephone number, including area code)

%s
          (Former name or former address, if changed since last report)

"""
_ITEM = """Item 5.02  Departure of Directors or Principal Officers.

     On November 14, 2005, the Board appointed Mr. Jay Lee a director of the Company.
"""


def test_text_former_name_over_a_street_and_a_city_line() -> None:
    record = cover_record(_TEXT_COVER % """\
                            Healthsport Holdings, Inc.
                           1200 Smith Street, Suite 1600
                              Houston, Texas 77002""", _ITEM)
    (registrant,) = record["registrants"]
    assert registrant["former_name"] == "Healthsport Holdings, Inc."
    assert registrant["phone"] == "713-555-0199"


def test_text_former_name_over_a_street_suite_and_city_line() -> None:
    record = cover_record(_TEXT_COVER % """\
                            Healthsport Holdings, Inc.
                                1200 Smith Street
                                   Suite 1600
                              Houston, Texas 77002""", _ITEM)
    assert record["registrants"][0]["former_name"] == "Healthsport Holdings, Inc."


# a 2010s HTML 8-K cover down to the telephone; the former name block follows
_HTML_COVER = """<html><body>
<p style="text-align:center"><b>UNITED STATES</b></p>
<p style="text-align:center"><b>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p style="text-align:center"><b>Washington, D.C. 20549</b></p>
<p style="text-align:center"><b>FORM 8-K</b></p>
<p style="text-align:center"><b>CURRENT REPORT</b><br>Pursuant to Section 13 or 15(d) of the
Securities Exchange Act of 1934</p>
<p style="text-align:center">Date of Report (Date of earliest event reported): June 2, 2016</p>
<p style="text-align:center"><b>GREENLAND ACQUISITION HOLDINGS CORP.</b><br>(Exact name of
registrant as specified in its charter)</p>
<table width="100%">
<tr><td align="center">Delaware</td><td align="center">001-37418</td>
<td align="center">47-3345678</td></tr>
<tr><td align="center">(State or other jurisdiction<br>of incorporation)</td>
<td align="center">(Commission<br>File Number)</td>
<td align="center">(IRS Employer<br>Identification No.)</td></tr>
</table>
<p style="text-align:center">2 Penn Plaza, Suite 1500<br>New York, New York 10121<br>
(Address of principal executive offices, including zip code)</p>
<p style="text-align:center">(212) 555-0144<br>(Registrant&#8217;s telephone number, including
area code)</p>
"""
_HTML_ITEM = """<p><b>Item 5.03 Amendments to Articles of Incorporation or Bylaws.</b></p>
<p>On June 2, 2016, the Company changed its name to Greenland Acquisition Holdings Corp.</p>
</body></html>"""


def _html_former(block: str) -> str | None:
    record = validate(parse((_HTML_COVER + block + _HTML_ITEM).encode(), "cover.htm"))
    (registrant,) = record["registrants"]
    return registrant["former_name"]


def test_html_former_name_and_old_address_a_paragraph_a_line() -> None:
    # each line a <p> of its own: blank lines between them once rendered
    assert _html_former("""
<p style="margin:0;text-align:center">Java Express Acquisition Corp.</p>
<p style="margin:0;text-align:center">1200 Smith Street, Suite 1600</p>
<p style="margin:0;text-align:center">Houston, Texas 77002</p>
<p style="margin:0;text-align:center">(Former name or former address, if changed since last
report)</p>""") == "Java Express Acquisition Corp."


def test_html_old_address_alone_a_paragraph_a_line_is_no_former_name() -> None:
    assert _html_former("""
<p style="margin:0;text-align:center">1200 Smith Street</p>
<p style="margin:0;text-align:center">Suite 1600</p>
<p style="margin:0;text-align:center">Houston, Texas 77002</p>
<p style="margin:0;text-align:center">(Former name or former address, if changed since last
report)</p>""") is None


# fixes: an exchange's market tier stacked under it is no second exchange


def test_exchange_over_its_market_tier_in_one_cell_is_one_exchange() -> None:
    # "The Nasdaq Stock Market LLC" over "Nasdaq Capital Market": the exchange and its tier
    assert _securities("""
<tr><td>Common Stock, par value $0.001 per share</td><td>&#160;</td><td>LSMC</td>
<td>&#160;</td><td>The Nasdaq Stock Market LLC<br>The Nasdaq Global Select Market</td></tr>
<tr><td>Series A Preferred Stock</td><td>&#160;</td><td>LSMCP</td><td>&#160;</td>
<td>Cboe BZX Exchange, Inc.<br>Cboe Global Markets</td></tr>
<tr><td>Depositary Shares</td><td>&#160;</td><td>LSMCO</td><td>&#160;</td>
<td>Nasdaq, Inc.<br>Nasdaq Global Market</td></tr>""") == [
        {"title": "Common Stock, par value $0.001 per share", "trading_symbol": "LSMC",
         "exchange": "The Nasdaq Stock Market LLC The Nasdaq Global Select Market"},
        {"title": "Series A Preferred Stock", "trading_symbol": "LSMCP",
         "exchange": "Cboe BZX Exchange, Inc. Cboe Global Markets"},
        {"title": "Depositary Shares", "trading_symbol": "LSMCO",
         "exchange": "Nasdaq, Inc. Nasdaq Global Market"}]


def test_two_classes_over_one_exchange_and_its_tier_do_not_pair_the_tier() -> None:
    # a SPAC's units and warrants, both listed on the one exchange printed over its tier
    rows = _securities("""
<tr><td>Common Stock<br>Warrants</td><td>&#160;</td><td>LSMC<br>LSMCW</td><td>&#160;</td>
<td>The Nasdaq Stock Market LLC<br>Nasdaq Capital Market</td></tr>""")
    assert rows and all(r["exchange"] == "The Nasdaq Stock Market LLC Nasdaq Capital Market"
                        for r in rows)


def test_two_exchanges_and_two_titles_with_no_symbols_stay_one_row() -> None:
    # (round 71: as many classes as exchanges stacked line for line are a row each, each
    # class on the exchange printed beside it, as the same table typed in text reads; was
    # one row joining both titles and both exchanges)
    assert _securities("""
<tr><td>Common Stock, $1.00 par value<br>Preferred Stock Purchase Rights</td><td>&#160;</td>
<td>&#160;</td><td>&#160;</td><td>New York Stock Exchange<br>Pacific Exchange, Inc.</td></tr>
""") == [{"title": "Common Stock, $1.00 par value", "trading_symbol": None,
          "exchange": "New York Stock Exchange"},
         {"title": "Preferred Stock Purchase Rights", "trading_symbol": None,
          "exchange": "Pacific Exchange, Inc."}]


# fixes: across a blank line a former name takes no telephone line or caption's tail

# a 1990s text 8-K cover: the telephone caption printed without brackets over two lines
_TEXT_1990S = """
       Date of Report (Date of earliest event reported):  November 14, 1997

                             NEXGEN BIOFUELS, INC.
            (Exact name of registrant as specified in its charter)

         Nevada                       0-21234                   88-0412345
(State or other jurisdiction   (Commission File Number)      (IRS Employer
    of incorporation)                                     Identification No.)

  5300 Memorial Drive, Suite 270, Houston, Texas             77007
  (Address of principal executive offices)                (Zip Code)

                               (713) 555-0199
                     Registrant's telephone number,
                          including area code

%s
          (Former name or former address, if changed since last report)

"""


def test_text_old_address_under_a_bare_phone_caption_takes_no_caption_tail() -> None:
    record = cover_record(_TEXT_1990S % """\
                 1200 Smith Street, Houston, Texas 77002""", _ITEM)
    (registrant,) = record["registrants"]
    assert registrant["former_name"] is None
    assert registrant["phone"] == "(713) 555-0199"


def test_text_former_name_opening_with_a_number_is_no_street_line() -> None:
    record = cover_record(_TEXT_1990S % """\
                      21 International Holdings, Inc.""", _ITEM)
    assert record["registrants"][0]["former_name"] == "21 International Holdings, Inc."


def test_text_website_line_over_an_old_address_is_no_former_name() -> None:
    record = cover_record(_TEXT_COVER % """\
                              www.nexgenbio.com

                    1200 Smith Street, Houston, Texas 77002""", _ITEM)
    assert record["registrants"][0]["former_name"] is None


def test_html_phone_paragraphs_over_a_former_name_a_paragraph_a_line() -> None:
    # the telephone with no caption, then "Fax:" lines: neither belongs to the former name
    phone = '<p style="text-align:center">(212) 555-0144<br>(Registrant&#8217;s telephone'
    cover = _HTML_COVER.split(phone)[0]
    record = validate(parse((cover + """
<p style="margin:0;text-align:center">(212) 555-0144</p>
<p style="margin:0;text-align:center">One Horizon Group, Inc.</p>
<p style="margin:0;text-align:center">(Former name or former address, if changed since last
report)</p>""" + _HTML_ITEM).encode(), "cover.htm"))
    assert record["registrants"][0]["former_name"] == "One Horizon Group, Inc."
    assert _html_former("""
<p style="margin:0;text-align:center">Fax: (212) 555-0100</p>
<p style="margin:0;text-align:center">1200 Smith Street, Suite 1600</p>
<p style="margin:0;text-align:center">Houston, Texas 77002</p>
<p style="margin:0;text-align:center">(Former name or former address, if changed since last
report)</p>""") is None
