"""About and tickers, round 32: "About the Transaction" headings over the body's news, an
About heading closed by a stop, a run-in About of news, peers' tickers in prose and a
preferred series' row of dividend figures."""

from __future__ import annotations

# round 31's About text and its GlobeNewswire 2019 release (head, quote and figures) over the
# tail under test
from test_press_about_tail_round31 import _ABOUT_TEXT, _html_release

from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tickers import find_tickers

# A 2008 PR Newswire deal release in plain text
_DEAL_2008 = """              ACME CORP. TO ACQUIRE BETA SYSTEMS FOR $250 MILLION

DALLAS, Texas, March 3, 2008 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today announced
that it has signed a definitive agreement to acquire Beta Systems, Inc. for $250
million in cash.

"This transaction strengthens our position in the industrial market," said John
Smith, Chief Executive Officer of Acme.

{heading}

The transaction is expected to close in the second quarter of 2008, subject to
customary closing conditions and regulatory approvals.
{about}
                                     # # #
"""
_ACME_ABOUT = """
About Acme Corp.

Acme Corp. is a leading provider of industrial automation systems, headquartered in
Dallas, Texas.
"""
_DEAL_TEXT = ("The transaction is expected to close in the second quarter of 2008, subject to "
              "customary closing conditions and regulatory approvals.")


def test_about_the_transaction_heading_is_the_bodys():
    for heading in ("About the Transaction", "ABOUT THE PROPOSED MERGER", "About the Offering"):
        release = parse_press_release(
            _DEAL_2008.format(heading=heading, about=_ACME_ABOUT), "EX-99.1")
        assert release["about"] == {
            "company": "Acme Corp.",
            "text": "Acme Corp. is a leading provider of industrial automation systems, "
                    "headquartered in Dallas, Texas.",
        }
        assert release["body"].endswith(heading + "\n\n" + _DEAL_TEXT)
        # with no About of the company's, the deal's is none either
        release = parse_press_release(_DEAL_2008.format(heading=heading, about=""), "EX-99.1")
        assert release["about"] is None
        assert release["body"].endswith(_DEAL_TEXT)


def test_about_non_gaap_measures_heading_is_the_bodys():
    release = _html_release(
        "<p><b>About Non-GAAP Financial Measures</b></p>\n<p>Acme uses adjusted EBITDA, a "
        "non-GAAP financial measure, to evaluate its operating performance.</p>\n"
        f"<p><b>About Acme Robotics, Inc.</b></p>\n<p>{_ABOUT_TEXT}</p>\n")
    assert release["about"] == {"company": "Acme Robotics, Inc.", "text": _ABOUT_TEXT}
    assert release["body"].endswith("to evaluate its operating performance.")


def test_about_heading_closed_by_a_stop_names_the_company_without_it():
    release = _html_release(f"<p><b>About Acme Robotics.</b></p>\n<p>{_ABOUT_TEXT}</p>\n")
    assert release["about"] == {"company": "Acme Robotics", "text": _ABOUT_TEXT}
    # a legal form keeps its stop
    for name in ("Acme Robotics, Inc.", "ACME ROBOTICS CORP."):
        release = _html_release(f"<p><b>About {name}</b></p>\n<p>{_ABOUT_TEXT}</p>\n")
        assert release["about"] == {"company": name, "text": _ABOUT_TEXT}


def test_run_in_about_of_news_is_the_bodys():
    # a short paragraph: the heading pattern would read its sentence as the company's name
    news = "About Acme. Acme expects revenue growth in 2020."
    release = _html_release(
        f"<p>{news}</p>\n<p><b>About Acme Robotics, Inc.</b></p>\n<p>{_ABOUT_TEXT}</p>\n")
    assert release["about"] == {"company": "Acme Robotics, Inc.", "text": _ABOUT_TEXT}
    assert release["body"].endswith(news)
    # a long one: news under the company's own name is no About
    news = ("About Acme Robotics. Acme Robotics expects the transaction to close in the first "
            "quarter of 2020, subject to regulatory approvals.")
    release = _html_release(f"<p>{news}</p>\n<p><b>Investor Contact:</b><br>John Doe</p>\n")
    assert release["about"] is None
    assert release["body"].endswith(news)


def test_peers_tickers_in_prose_are_not_the_releases():
    text = ("DALLAS, Feb. 3, 2015 /PRNewswire/ -- Acme Corp. (NYSE: ACME) today reported "
            "fourth quarter revenue up 12%, outpacing peers such as Beta Corp. (NYSE: BETA) "
            "and Gamma Industries, Inc. (NASDAQ: GAMA).\n")
    assert find_tickers(text) == [{"exchange": "NYSE", "symbol": "ACME"}]
    text = ("Acme Corp. (NYSE: ACME) gained share from its competitors, including Beta\n"
            "Corp. (NYSE: BETA), in every region.\n")
    assert find_tickers(text) == [{"exchange": "NYSE", "symbol": "ACME"}]
    # a party to the deal stays, and so does a ticker in a later sentence
    text = ("Acme Corp. (NYSE: ACME) grew faster than its peers. Acme will acquire Beta "
            "Corp. (NASDAQ: BETA) for $250 million.\n")
    assert find_tickers(text) == [{"exchange": "NYSE", "symbol": "ACME"},
                                  {"exchange": "NASDAQ", "symbol": "BETA"}]
    # "peer-to-peer" names no peers
    text = "Peer-to-peer lender Acme Corp. (NASDAQ: ACME) and Beta Corp. (NYSE: BETA) today"
    assert len(find_tickers(text)) == 2


def test_preferred_series_row_of_dividend_figures_keeps_its_ticker():
    # a dividend declaration's table: the quarterly and the annual dividend per share
    text = (
        "Series A Preferred Stock (NYSE: ACME PrA)      $0.40625      $1.625\n"
        "Series B Preferred Stock (NYSE: ACME PrB)      $0.43750      $1.750\n")
    assert find_tickers(text) == [{"exchange": "NYSE", "symbol": "ACME PrA"},
                                  {"exchange": "NYSE", "symbol": "ACME PrB"}]
    assert find_tickers("6.375% Cumulative Preferred\tNYSE: ACME-PA\t$0.3984\t$1.59375\n") == [
        {"exchange": "NYSE", "symbol": "ACME-PA"}]
    # a peers' table row still gives none
    assert find_tickers("Beta Corp. (NYSE: BETA)      2.1x      15.3%\n") == []


def test_a_named_rival_or_a_headlines_peers_keep_the_tickers():
    # "Peers" in the headline above the dateline: the issuer's second listing stays
    text = ("             Acme Mining Outpaces Peers With Record Fourth Quarter\n\n"
            "TORONTO, Feb. 5, 2020 /CNW/ - Acme Mining Corp. (TSX: ACM) (NYSE: AMC) today\n"
            "reported record gold production of 512,000 ounces for the fourth quarter.\n")
    assert find_tickers(text) == [{"exchange": "TSX", "symbol": "ACM"},
                                  {"exchange": "NYSE", "symbol": "AMC"}]
    # a rival named alone is the deal's party; the issuer's own listing after "peers" stays
    for text, second in (
            ("Acme Corp. (NYSE: ACME) today announced an agreement to acquire its chief "
             "competitor, Beta Corp. (NYSE: BETA), for $1.2 billion in cash.",
             {"exchange": "NYSE", "symbol": "BETA"}),
            ("Acme Bancorp (NASDAQ: ACME) will merge with its longtime rival Beta\n"
             "Bancorp (NASDAQ: BETA) in an all-stock transaction.",
             {"exchange": "NASDAQ", "symbol": "BETA"}),
            ("Acme Corp. (NYSE: ACME), ranked first among its peers, is also listed on the "
             "Toronto Stock Exchange (TSX: ACM).", {"exchange": "TSX", "symbol": "ACM"})):
        assert find_tickers(text)[1:] == [second]


# A 2021 SPAC's pricing release (PR Newswire), its About headed by a name holding a deal word
_SPAC_2021 = """         THE MUSIC ACQUISITION CORPORATION ANNOUNCES PRICING OF
                    $200 MILLION INITIAL PUBLIC OFFERING

HOLLYWOOD, Calif., Feb. 2, 2021 /PRNewswire/ -- The Music Acquisition Corporation (the
"Company") today announced the pricing of its initial public offering of 20,000,000 units
at $10.00 per unit. The units will be listed on the New York Stock Exchange and trade
under the ticker symbol "TMAC.U" beginning February 3, 2021.

{heading}

{name} is a blank check company formed for the purpose of effecting a merger, share
exchange, asset acquisition or similar business combination with one or more businesses.

Contact: John Smith, (212) 555-1212
"""


def test_about_a_company_whose_name_holds_a_deal_word_is_its_about():
    for heading, name in (
            ("About The Music Acquisition Corporation", "The Music Acquisition Corporation"),
            ("ABOUT THE GROWTH FOR GOOD ACQUISITION CORP.",
             "The Growth for Good Acquisition Corp."),
            ("About The Merger Fund", "The Merger Fund")):
        release = parse_press_release(_SPAC_2021.format(heading=heading, name=name), "EX-99.1")
        assert release["about"]["company"] == heading[6:]
        assert release["about"]["text"].startswith(name + " is a blank check company")
        assert release["body"].endswith('beginning February 3, 2021.')
    # a deal heading naming the deal's parties is still the body's
    release = parse_press_release(_DEAL_2008.format(
        heading="About the Proposed Acquisition of Beta Systems", about=_ACME_ABOUT), "EX-99.1")
    assert release["about"]["company"] == "Acme Corp."
    assert release["body"].endswith(_DEAL_TEXT)


def test_run_in_about_of_a_standing_paragraph_is_the_about():
    # a standing paragraph opening with a verb of news, or saying what the company is later
    for text in (
            "Acme Robotics, Inc. reported 2023 revenue of $1.2 billion and is a leading provider "
            "of industrial automation systems with 4,000 employees.",
            "Acme Robotics today is one of the largest providers of industrial automation "
            "systems in North America, with 4,000 employees.",
            "Acme Robotics, Inc. recorded sales of $1.2 billion in 2023. The company is a "
            "leading provider of industrial automation systems.",
            "Acme Robotics will be the premier provider of industrial automation systems in "
            "North America. Founded in 1990, Acme employs 4,000 people.",
            # its ticker's colon is no heading's
            "Acme Robotics, Inc. (NASDAQ: ACME), which reported 2023 revenue of $1.2 billion, "
            "is a leading provider of industrial automation systems."):
        release = _html_release(f"<p>About Acme Robotics. {text}</p>\n"
                                "<p><b>Investor Contact:</b><br>John Doe<br>(212) 555-1212</p>\n")
        assert release["about"] == {"company": "Acme Robotics", "text": text}
        assert release["body"].endswith("up 18% from the third quarter of 2018.")


def test_about_heading_closed_by_an_abbreviation_keeps_its_stop():
    for name in ("Acme Bros.", "Acme Mfg.", "Acme Cos.", "Acme Ltda.", "Acme Pty.",
                 "Acme Sdn. Bhd."):
        release = _html_release(f"<p><b>About {name}</b></p>\n<p>{_ABOUT_TEXT}</p>\n")
        assert release["about"] == {"company": name, "text": _ABOUT_TEXT}
