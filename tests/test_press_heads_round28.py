"""Press-release heads, round 28: class letters after a blank ("NYSE: BRK A"), wires named
with a figure between slashes (3BL Media, Send2Press), EQS's head furniture and the 1990s
ellipsis typed with blanks (". . .").

Each text is typed the way EDGAR exhibits of its era print it (plain text, or HTML rendered
to text).
"""

from __future__ import annotations

from filing2json.parsers.sections.press_tickers import find_tickers
from filing2json.parsers.text.html_text import html_to_text
from support import release_of


def test_berkshire_class_letters_after_a_blank_are_each_a_ticker() -> None:
    text = """EXHIBIT 99.1

Berkshire Hathaway Inc. Announces Results
For The Second Quarter of 2014

OMAHA, Neb.--(BUSINESS WIRE)--Aug. 1, 2014-- Berkshire Hathaway Inc. (NYSE: BRK A)
(NYSE: BRK B) today reported second quarter earnings of $6.4 billion.
"""
    release = release_of(text)
    assert release["tickers"] == [
        {"exchange": "NYSE", "symbol": "BRK A"},
        {"exchange": "NYSE", "symbol": "BRK B"},
    ]


def test_class_letters_listed_after_one_exchange() -> None:
    assert find_tickers("Berkshire Hathaway Inc. (NYSE: BRK A, BRK B) today") == [
        {"exchange": "NYSE", "symbol": "BRK A"},
        {"exchange": "NYSE", "symbol": "BRK B"},
    ]
    # a capital opening the next word is no class letter
    assert find_tickers("(NYSE: ACM A leading supplier)") == [
        {"exchange": "NYSE", "symbol": "ACM"}]


def test_3bl_media_dateline_between_slashes() -> None:
    html = """<html><body>
<p align="center"><b>Contoso Solar Signs 200 MW Power Purchase Agreement</b></p>
<p>SAN FRANCISCO, CA / 3BL Media / March 3, 2021 / Contoso Solar, Inc. (NYSE: CSLR)
today announced a 15-year power purchase agreement.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["dateline"] == {"city": "SAN FRANCISCO", "state": "CA", "date": "2021-03-03"}
    assert release["headline"] == "Contoso Solar Signs 200 MW Power Purchase Agreement"


def test_send2press_dateline_between_slashes() -> None:
    text = """Exhibit 99.1

Northwind Ventures Announces Uplisting to OTCQB

LOS ANGELES, CA / Send2Press Newswire / March 3, 2014 / Northwind Ventures Inc. (OTC
Pink: NWVI) today announced that its common stock has been approved for the OTCQB.
"""
    release = release_of(text)
    assert release["dateline"] == {"city": "LOS ANGELES", "state": "CA", "date": "2014-03-03"}
    assert release["headline"] == "Northwind Ventures Announces Uplisting to OTCQB"


def test_eqs_label_date_and_issuer_note_are_no_head() -> None:
    html = """<html><body>
<p>EQS-News: Fabrikam AG / Key word(s): Preliminary Results</p>
<p><b>Fabrikam AG publishes preliminary figures for fiscal year 2020</b></p>
<p>03.03.2021 / 07:00 CET/CEST<br>
The issuer is solely responsible for the content of this announcement.</p>
<hr>
<p>Munich, Germany, 3 March 2021 &#8211; Fabrikam AG (NASDAQ: FBRK) today announced its
preliminary results for the fiscal year 2020.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["headline"] == "Fabrikam AG publishes preliminary figures for fiscal year 2020"
    assert release["subheadlines"] == []
    assert release["dateline"] == {"city": "Munich", "state": "Germany", "date": "2021-03-03"}


def test_eqs_label_right_above_the_dateline_lets_the_headline_be_read() -> None:
    html = """<html><body>
<p><b>Fabrikam AG Completes Acquisition of Tailspin GmbH</b></p>
<p>DGAP-News: Fabrikam AG / Key word(s): Mergers &amp; Acquisitions</p>
<p>Munich, Germany, 5 May 2020 &#8211; Fabrikam AG (NASDAQ: FBRK) today announced the
closing of its acquisition.</p>
</body></html>"""
    release = release_of(html_to_text(html))
    assert release["headline"] == "Fabrikam AG Completes Acquisition of Tailspin GmbH"
    assert release["subheadlines"] == []


def test_1990s_dateline_with_spaced_ellipsis() -> None:
    text = """                                                            EXHIBIT 99

                                                  NEWS
                                                  FOR IMMEDIATE RELEASE

                  LINCOLN ELECTRONICS ANNOUNCES FIRST QUARTER RESULTS

     CLEVELAND, OHIO, April 21, 1995 . . . Lincoln Electronics Corporation today
reported net income of $4.2 million, or $.38 per share, for the first quarter.
"""
    release = release_of(text)
    assert release["dateline"] == {"city": "CLEVELAND", "state": "OHIO", "date": "1995-04-21"}
    assert release["headline"] == "LINCOLN ELECTRONICS ANNOUNCES FIRST QUARTER RESULTS"
