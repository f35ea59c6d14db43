"""About sections, round 30: what ends an HTML release's About (the wire's "Source:" line, a
picture note, the company's name over its statements), "About the Fund", and 1990s
headingless standing paragraphs with a clause after the name or "The Company is ..."."""

from __future__ import annotations

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

# GlobeNewswire / Business Wire, 2019: head, quote and a paragraph of figures (shared with
# later rounds), then About, then the tail under test
RELEASE_HEAD = """<html><body>
<p align="center"><b>Acme Robotics Reports Third Quarter 2019 Results</b></p>
<p>SAN JOSE, Calif., Nov. 05, 2019 (GLOBE NEWSWIRE) -- Acme Robotics, Inc. (NASDAQ: ACME)
today reported financial results for the third quarter ended September 30, 2019.</p>
<p>&#8220;We delivered another quarter of record revenue,&#8221; said Jane Smith, Chief
Executive Officer of Acme Robotics.</p>
<p>Revenue for the quarter was $45.2 million, up 18% from the third quarter of 2018.</p>
"""
_HEAD = RELEASE_HEAD + """<p><b>About Acme Robotics, Inc.</b></p>
<p>Acme Robotics, Inc. is a leading provider of industrial automation systems for
manufacturers in North America and Europe. For more information, visit
www.acmerobotics.com.</p>
"""
_ABOUT_TEXT = (
    "Acme Robotics, Inc. is a leading provider of industrial automation systems for "
    "manufacturers in North America and Europe. For more information, visit "
    "www.acmerobotics.com."
)
_CONTACTS = """<p><b>Investor Contact:</b><br>John Doe<br>(408) 555-0100<br>
ir@acmerobotics.com</p>
"""


def _release(tail: str) -> dict:
    release = parse_press_release(html_to_text(_HEAD + tail + "</body></html>"), "EX-99.1")
    assert release is not None
    return release


def test_wire_source_line_after_the_about_is_no_part_of_it():
    for source in ("Source: Acme Robotics, Inc.", "SOURCE: Acme Robotics, Inc."):
        release = _release(f"<p>{source}</p>\n" + _CONTACTS)
        assert release["about"] == {"company": "Acme Robotics, Inc.", "text": _ABOUT_TEXT}
    # Accesswire: the source line, then the link to the wire's copy
    release = _release(
        "<p>SOURCE: Acme Robotics, Inc.</p>\n<p>View source version on accesswire.com:<br>"
        "https://www.accesswire.com/555555/Acme-Robotics-Reports-Third-Quarter</p>\n")
    assert release["about"]["text"] == _ABOUT_TEXT


def test_wire_picture_note_after_the_about_is_no_part_of_it():
    release = _release(
        "<p>A photo accompanying this announcement is available at "
        "https://www.globenewswire.com/NewsRoom/AttachmentNg/3f2a9c1e-5b7d-4e0f-9a63</p>\n"
        + _CONTACTS)
    assert release["about"]["text"] == _ABOUT_TEXT
    release = _release(
        "<p>Photos/Multimedia Gallery Available: "
        "https://www.businesswire.com/news/home/20191105005123/en/</p>\n" + _CONTACTS)
    assert release["about"]["text"] == _ABOUT_TEXT


def test_citation_or_photo_caption_inside_the_about_does_not_end_it():
    trademark = ("Acme and the Acme logo are registered trademarks of Acme Robotics, Inc. in "
                 "the United States and other countries.")
    for inside in (
        "Source: Gartner, Industrial Robotics Market Share, 2019.",
        "The photo accompanying this release shows the new Acme X5 robot at the Detroit "
        "plant, where it entered service in October.",
    ):
        release = _release(f"<p>{inside}</p>\n<p>{trademark}</p>\n" + _CONTACTS)
        assert release["about"]["text"] == "\n\n".join((_ABOUT_TEXT, inside, trademark))
    # the wire's own source line still ends it
    release = _release("<p>Source: Acme Robotics</p>\n" + _CONTACTS)
    assert release["about"]["text"] == _ABOUT_TEXT


def test_company_name_in_mixed_case_over_the_statements_ends_the_about():
    release = _release(
        "<p><b>Acme Robotics, Inc.</b></p>\n"
        "<p><b>Condensed Consolidated Statements of Operations</b></p>\n"
        "<p>(in thousands, except per share data)</p>\n"
        "<table><tr><td></td><td>Three Months Ended September 30,</td></tr>"
        "<tr><td></td><td>2019</td><td>2018</td></tr>"
        "<tr><td>Revenue</td><td>$45,200</td><td>$38,300</td></tr>"
        "<tr><td>Net income</td><td>4,100</td><td>3,200</td></tr></table>\n")
    assert release["about"]["text"] == _ABOUT_TEXT
    # a paragraph of the About that names the company goes on
    release = _release(
        "<p>Acme Robotics and the Acme logo are trademarks of Acme Robotics, Inc.</p>\n"
        + _CONTACTS)
    assert release["about"]["text"].endswith("the Acme logo are trademarks of Acme Robotics, Inc.")


# A 2021 closed-end fund's distribution release, up to its "About the Fund" heading
_FUND_HEAD = """<html><body>
<p align="center"><b>Acme Income Fund Declares Monthly Distribution</b></p>
<p>NEW YORK, March 3, 2021 /PRNewswire/ -- Acme Income Fund (NYSE: AIF) today announced
a monthly distribution of $0.0625 per share, payable on March 31, 2021.</p>
<p>The distribution will be paid to shareholders of record on March 17, 2021.</p>
<p><b>About the Fund</b></p>
"""


def test_about_the_fund_names_the_fund_its_text_opens_with():
    html = _FUND_HEAD + """\
<p>Acme Income Fund is a diversified, closed-end management investment company that seeks
high current income. The Fund is managed by Acme Capital Management LLC.</p>
<p>SOURCE Acme Income Fund</p>
</body></html>"""
    release = parse_press_release(html_to_text(html), "EX-99.1")
    assert release["about"]["company"] == "Acme Income Fund"
    assert release["about"]["text"].startswith("Acme Income Fund is a diversified")


# 1996, plain text: the company's standing paragraph, no heading, above the wire's "-0-"
_PLAIN = """
                    ACME WIDGET REPORTS RECORD FIRST QUARTER EARNINGS

     DALLAS, April 20, 1996 -- Acme Widget Corporation (NYSE: AWC) today
reported net income of $4.2 million, or $.42 per share, for the first quarter
of 1996, compared with $3.1 million, or $.31 per share, a year earlier.

     "We are pleased with the quarter," said John Smith, president and chief
executive officer.

{about}
                                     -0-

     CONTACT: Mary Jones, 214/555-1212
"""


def _plain(about: str) -> dict:
    release = parse_press_release(_PLAIN.format(about=about), "EX-99")
    assert release is not None
    return release


def test_headingless_about_with_a_clause_between_commas_after_the_name():
    release = _plain(
        "     Acme Widget Corporation, a Dallas-based manufacturer of industrial widgets,\n"
        "is listed on the New York Stock Exchange and employs 1,200 people.\n")
    assert release["about"]["company"] == "Acme Widget Corporation"
    assert release["about"]["text"].startswith("Acme Widget Corporation, a Dallas-based")
    assert release["body"].endswith("president and chief executive officer.")
    release = _plain(
        "     Acme Widget Corporation, through its subsidiaries, is a leading\n"
        "manufacturer of industrial widgets for the oil and gas industry.\n")
    assert release["about"]["company"] == "Acme Widget Corporation"
    assert release["about"]["text"].endswith("for the oil and gas industry.")


def test_headingless_the_company_is_names_the_datelines_company():
    release = _plain(
        "     The Company is a leading manufacturer of industrial widgets and related\n"
        "products for the oil and gas industry, headquartered in Dallas, Texas.\n")
    assert release["about"] == {
        "company": "Acme Widget Corporation",
        "text": "The Company is a leading manufacturer of industrial widgets and related "
                "products for the oil and gas industry, headquartered in Dallas, Texas.",
    }
    # a body paragraph that says nothing standing stays in the body
    release = _plain(
        "     The Company is a party to a supply agreement with a major oil company\n"
        "that runs through the end of 1998.\n")
    assert release["about"] is None
    assert release["body"].endswith("runs through the end of 1998.")


def test_headingless_loose_openings_with_news_stay_in_the_body():
    # 1990s body paragraphs that open like a standing one but carry news: a suit, a deal,
    # a bid for a priced contract, a move, a board meeting
    for news in (
        "     The Company is a defendant in a lawsuit filed by a group of former\n"
        "employees seeking damages of $2 million, which it intends to contest vigorously.\n",
        "     The Company is a party to a merger agreement with Beta Corp. under which\n"
        "the Company's subsidiaries will be sold to Beta for $40 million in cash.\n",
        "     The Company is based in Dallas, Texas and will move its headquarters\n"
        "to Plano, Texas in the summer of 1997 to consolidate its employees.\n",
        "     Acme Widget Corporation, a Dallas-based maker of widgets, is the low bidder on\n"
        "a $40 million contract for the Navy that would run through 1999 at its Texas yard.\n",
        "     Acme Widget Corporation, through its subsidiary Beta Inc., is a party to\n"
        "an agreement to sell its Ohio plant to Gamma Corp. for $12 million in cash.\n",
        "     Acme Widget Corporation is listed on the New York Stock Exchange and its\n"
        "board will meet May 15 to consider the dividend at its offices in Dallas.\n",
    ):
        release = _plain(news)
        assert release["about"] is None, news
        assert release["body"].endswith(" ".join(news.split())), news
    # a standing paragraph may print the company's size
    release = _plain(
        "     The Company is a $1.2 billion bank holding company headquartered in\n"
        "Bellingham, Washington, with 18 offices in Whatcom and Skagit counties.\n")
    assert release["about"]["company"] == "Acme Widget Corporation"
    assert release["about"]["text"].startswith("The Company is a $1.2 billion bank")
    release = _plain(
        "     Acme Widget Corporation is headquartered in Dallas, Texas, and operates\n"
        "14 manufacturing plants with annual sales of approximately $500 million.\n")
    assert release["about"]["text"].endswith("annual sales of approximately $500 million.")


def test_about_the_fund_opening_with_its_adviser_does_not_name_the_adviser():
    html = _FUND_HEAD + """<p>{text}</p>
<p>SOURCE Acme Income Fund</p>
</body></html>"""
    for text in (
        "Beta Capital Management, LLC is the investment adviser to the Fund. The Fund seeks "
        "high current income through investments in senior secured loans.",
        "BlackRock, Inc. is the Fund's sub-adviser and manages its portfolio of municipal "
        "bonds.",
    ):
        release = parse_press_release(html_to_text(html.format(text=text)), "EX-99.1")
        assert release["about"] == {"company": "the Fund", "text": text}
    # the fund's own description names it
    text = "Acme Income Fund is a diversified, closed-end management investment company."
    release = parse_press_release(html_to_text(html.format(text=text)), "EX-99.1")
    assert release["about"]["company"] == "Acme Income Fund"
