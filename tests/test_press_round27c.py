"""Press releases, round 27c: 2008-2025 HTML exhibits (GlobeNewswire, PR Newswire, Business
Wire and company-made releases): lead-ins opening with their verb, em-dash highlights, SPAC
symbols, social links in the About, joint statements and quotes signed under them."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text


def _release(html: str) -> dict:
    return parse_press_release(html_to_text(html), "EX-99.1")


# A 2021 GlobeNewswire mining release: "Said <name>, <role>:" before the quote
_GNW_2021 = """<html><body>
<p align="center"><b>Northwind Gold Corp. Announces Record Production for Third Quarter
2021</b></p>
<p>TORONTO, Oct. 14, 2021 (GLOBE NEWSWIRE) -- Northwind Gold Corp. (NYSE: NWG; TSX: NWG)
(&#8220;Northwind&#8221; or the &#8220;Company&#8221;) is pleased to announce production
results for the third quarter ended September 30, 2021.</p>
<p>Said Michael Tan, President and CEO: &#8220;Our operations delivered another excellent
quarter. We remain on track to meet the upper end of our annual guidance.&#8221;</p>
<p>&#8220;The Eastview expansion is ahead of schedule,&#8221; Mr. Tan said. &#8220;We expect
first gold pour in the second quarter of 2022.&#8221;</p>
<p><b>About Northwind Gold Corp.</b></p>
<p>Northwind Gold Corp. is a Canadian gold producer with operations in Ontario and
Quebec.</p>
</body></html>"""


def test_lead_in_opening_with_its_verb_names_the_speaker() -> None:
    quotes = _release(_GNW_2021)["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes] == [
        ("Michael Tan", "President and CEO"), ("Michael Tan", "President and CEO")]
    assert quotes[0]["text"] == (
        "Our operations delivered another excellent quarter. We remain on track to meet "
        "the upper end of our annual guidance.")
    assert quotes[1]["text"].startswith("The Eastview expansion is ahead of schedule.")
    # a verb opening a sentence that names no one is no lead-in
    html = _GNW_2021.replace("Said Michael Tan, President and CEO:", "Added to this:")
    quotes = _release(html)["quotes"]
    assert all(q["speaker"] != "Added" for q in quotes)
    assert not any(q["text"].startswith("Our operations") for q in quotes)


# A 2023 company-made release: highlights marked with em dashes, as HTML prints "--"
_LITWARE_2023 = """<html><body>
<p style="text-align:center"><b>Litware Reports Fourth Quarter and Fiscal Year 2022 Financial
Results</b></p>
<p>AUSTIN, Texas, March 2, 2023 (GLOBE NEWSWIRE) -- Litware, Inc. (Nasdaq: LTWR/LTWRW) today
reported financial results for the fourth quarter and fiscal year ended December 31,
2022.</p>
<p><b>Recent Business Highlights</b></p>
<p>&#8212; Launched Litware Cloud Guard in Europe and the United Kingdom.</p>
<p>&#8212; Named a Leader in the Gartner Magic Quadrant for Cloud Security.</p>
<p>&#8220;We closed the year with momentum,&#8221; said Priya Natarajan, Chief Executive
Officer of Litware.</p>
<p><b>About Litware, Inc.</b></p>
<p>Litware, Inc. is a provider of cloud security software. Learn more at
www.litware.com.</p>
<p>Follow Litware on X: @LitwareSecurity</p>
<p>Litware and Cloud Guard are trademarks of Litware, Inc. All other trademarks are the
property of their respective owners.</p>
<p><b>Forward-Looking Statements</b></p>
<p>This press release contains forward-looking statements within the meaning of the
Private Securities Litigation Reform Act of 1995.</p>
</body></html>"""


def test_em_dash_items_under_a_highlights_heading() -> None:
    assert _release(_LITWARE_2023)["highlights"] == [
        "Launched Litware Cloud Guard in Europe and the United Kingdom.",
        "Named a Leader in the Gartner Magic Quadrant for Cloud Security.",
    ]


def test_share_and_warrant_symbols_parted_by_a_slash() -> None:
    assert _release(_LITWARE_2023)["tickers"] == [
        {"exchange": "Nasdaq", "symbol": "LTWR"}, {"exchange": "Nasdaq", "symbol": "LTWRW"}]


def test_about_keeps_its_social_handle_line_and_trademark_notice() -> None:
    about = _release(_LITWARE_2023)["about"]
    assert about["company"] == "Litware, Inc."
    assert about["text"].split("\n\n") == [
        "Litware, Inc. is a provider of cloud security software. Learn more at "
        "www.litware.com.",
        "Follow Litware on X: @LitwareSecurity",
        "Litware and Cloud Guard are trademarks of Litware, Inc. All other trademarks are the "
        "property of their respective owners.",
    ]
    # a short heading there (no link in it) still ends the About
    html = _LITWARE_2023.replace(
        "<p>Follow Litware on X: @LitwareSecurity</p>",
        "<p><b>Investor Contact</b><br/>Dan Ruiz<br/>ir@litware.com</p>")
    about = _release(html)["about"]
    assert about["text"] == ("Litware, Inc. is a provider of cloud security software. Learn "
                             "more at www.litware.com.")


# A 2016 PR Newswire merger release: one quote given by both chief executives
_MERGER_2016 = """<html><body>
<p style="text-align:center"><b>Tailspin Toys and Wingtip Games to Combine in All-Stock
Merger</b></p>
<p>DENVER, May 20, 2016 /PRNewswire/ -- Tailspin Toys Corporation (NASDAQ: TSPN) and Wingtip
Games, Inc. (NASDAQ: WING) today announced a definitive merger agreement.</p>
<p>&#8220;Together we will reach millions of new players and create value for both sets of
shareholders,&#8221; said Laura M. Ortiz, Chief Executive Officer of Tailspin, and Mark
Chen, Chief Executive Officer of Wingtip, in a joint statement.</p>
<p>&#8220;The combined company will have the scale to compete globally.&#8221;</p>
<p>&#8211; Robert Alvarez, Chairman of the Board of Tailspin</p>
<p><b>About Tailspin Toys Corporation</b></p>
<p>Tailspin Toys Corporation is a leading designer and marketer of toys and games.</p>
</body></html>"""


def test_joint_statement_role_stops_before_the_second_speaker() -> None:
    first = _release(_MERGER_2016)["quotes"][0]
    assert (first["speaker"], first["role"]) == (
        "Laura M. Ortiz", "Chief Executive Officer of Tailspin")


def test_quote_signed_after_a_dash_in_the_paragraph_under_it() -> None:
    quotes = _release(_MERGER_2016)["quotes"]
    assert quotes[1:] == [{
        "speaker": "Robert Alvarez", "role": "Chairman of the Board of Tailspin",
        "text": "The combined company will have the scale to compete globally."}]
