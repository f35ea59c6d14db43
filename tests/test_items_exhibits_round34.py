"""Items and exhibits, round 34: an item heading after its part and a period ("Part I. Item
1A. Risk Factors"), an item heading printed again later as a mention on a line of its own,
and an item's titled heading reprinted atop each of its pages."""

from __future__ import annotations

from filing2json.parsers import parse
from support import submission, validate

_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-K

[X]  ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the fiscal year ended December 31, 2008      Commission file number 1-8472

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)
"""


def _items(body: str) -> dict[str, dict]:
    data = submission(_COVER + body).replace(b"SUBMISSION TYPE:\t8-K", b"SUBMISSION TYPE:\t10-K")
    return {i["number"]: i for i in validate(parse(data, "x.txt"))["items"]}


_PART_PERIOD = """
                               TABLE OF CONTENTS
                                                                          Page
PART I.
Item 1.    Business                                                         3
Item 1A.   Risk Factors                                                     8
Item 2.    Properties                                                      12

Part I. Item 1. Business

     Acme Pump Corporation makes centrifugal pumps for industrial customers.

Part I. Item 1A. Risk Factors

     Our business is subject to many risks, including the following risks
described below, any of which may harm us.

Part I. Item 2. Properties

     The Company owns a 240,000 square foot plant in Dayton, Ohio.

Part II. Item 5. Market for Registrant's Common Equity, Related Stockholder Matters and
Issuer Purchases of Equity Securities

     The Company's common stock trades on the New York Stock Exchange.
"""


def test_item_heading_after_its_part_and_a_period_is_read() -> None:
    items = _items(_PART_PERIOD)
    assert list(items) == ["1", "1A", "2", "5"]
    assert items["1A"]["title"] == "Risk Factors"
    assert items["1A"]["text"].startswith("Our business is subject to many risks")
    assert items["2"]["text"] == "The Company owns a 240,000 square foot plant in Dayton, Ohio."
    assert items["5"]["title"] == ("Market for Registrant's Common Equity, Related Stockholder "
                                   "Matters and Issuer Purchases of Equity Securities")


_MENTION = """
                                     PART I

Item 1.  Business

     Acme Pump Corporation makes centrifugal pumps for industrial customers.

Item 1A.  Risk Factors

     Our business is subject to many risks, including the following risks
described below, any of which may harm us.

     Demand for our pumps depends on industrial capital spending.

Item 2.  Properties

     The Company owns a 240,000 square foot plant in Dayton, Ohio.

                                    PART II

Item 7.  Management's Discussion and Analysis of Financial Condition and Results
         of Operations

     Net sales rose 8% to $412.3 million in 2008.

     Forward-Looking Statements.  This report contains forward-looking statements.
Actual results may differ materially for the reasons discussed under

Item 1A.  Risk Factors

above and elsewhere in this report.

     Liquidity.  Cash provided by operations was $41.2 million.

Item 7A.  Quantitative and Qualitative Disclosures About Market Risk

     The Company has no material exposure to market risk.
"""


def test_item_heading_repeated_as_a_mention_later_leaves_the_real_item() -> None:
    items = _items(_MENTION)
    assert list(items) == ["1", "1A", "2", "7", "7A"]
    assert items["1A"]["text"].startswith("Our business is subject to many risks")
    assert items["1A"]["text"].endswith("depends on industrial capital spending.")
    # the mention stays in Item 7, which runs on to its end
    assert "reasons discussed under\n\nItem 1A.  Risk Factors\n\nabove" in items["7"]["text"]
    assert items["7"]["text"].endswith("Cash provided by operations was $41.2 million.")


def test_item_heading_reprinted_atop_its_pages_continues_the_item() -> None:
    body = _MENTION.replace("under\n\nItem 1A.  Risk Factors\n\nabove", "in Item 1A above").replace(
        """     Demand for our pumps""", """\f
Item 1A.  Risk Factors

     Demand for our pumps""")
    items = _items(body)
    assert list(items)[:3] == ["1", "1A", "2"]
    text = items["1A"]["text"]
    assert text.startswith("Our business is subject to many risks")
    assert text.endswith("depends on industrial capital spending.")
    assert text.count("Risk Factors") == 0


# Round 34, audit: mentions and reprints the rules above must not take for headings.

def _form_items(form: str, text: str) -> list[dict]:
    data = submission(text).replace(b"SUBMISSION TYPE:\t8-K", f"SUBMISSION TYPE:\t{form}".encode())
    data = data.replace(b"<TYPE>8-K", f"<TYPE>{form}".encode())
    return validate(parse(data, "x.txt"))["items"]


_Q_COVER = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 10-Q

[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES
     EXCHANGE ACT OF 1934

For the quarterly period ended June 30, 2009      Commission file number 1-8472

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)

                        PART I.  FINANCIAL INFORMATION

Item 1.  Financial Statements

     The condensed consolidated balance sheets of Acme Pump Corporation follow.

Item 2.  Management's Discussion and Analysis of Financial Condition and Results of
         Operations

     Net sales rose 5% to $104.2 million in the quarter.

                         PART II.  OTHER INFORMATION

Item 1.  Legal Proceedings

"""
_Q_TAIL = """
Item 1A.  Risk Factors

     There have been no material changes in the risk factors previously disclosed.

Item 6.  Exhibits

     31.1  Certification of the Chief Executive Officer.
"""


def test_part_and_item_line_inside_a_sentence_of_part_ii_is_a_mention() -> None:
    items = _form_items("10-Q", _Q_COVER + """\
     The information required by this item is included in Note 9 in:

Part I. Item 1. Financial Statements

and is incorporated herein by reference.
""" + _Q_TAIL)
    assert [i["number"] for i in items] == ["1", "2", "1", "1A", "6"]
    assert items[2]["title"] == "Legal Proceedings"
    assert items[2]["text"].endswith("and is incorporated herein by reference.")
    assert "Part I. Item 1. Financial Statements" in items[2]["text"]
    assert items[4]["text"] == "31.1  Certification of the Chief Executive Officer."


def test_part_and_item_line_ending_a_wrapped_sentence_cuts_no_item() -> None:
    items = _form_items("10-Q", _Q_COVER + """\
     See Note 9 to the condensed consolidated financial statements in
Part I. Item 1. Financial Statements.
""" + _Q_TAIL)
    assert [i["number"] for i in items] == ["1", "2", "1", "1A", "6"]
    assert items[2]["text"].endswith("in\nPart I. Item 1. Financial Statements.")


def test_part_and_item_line_naming_an_earlier_part_starts_no_new_list() -> None:
    items = _form_items("10-Q", _Q_COVER + """\
     Information regarding legal proceedings is set forth in Note 9 to the
condensed consolidated financial statements in:

Part I. Item 1. Financial Statements.
""" + _Q_TAIL)
    assert [i["number"] for i in items] == ["1", "2", "1", "1A", "6"]
    assert items[0]["text"].startswith("The condensed consolidated balance sheets")
    assert items[2]["text"].endswith("Part I. Item 1. Financial Statements.")
    assert items[3]["text"].startswith("There have been no material changes")


_K_ITEMS = """
                                    PART I

Item 1.  Business

     Acme Pump Corporation makes centrifugal pumps for industrial customers.

Item 1A.  Risk Factors

     The information required by this item is set forth under "Item 1A.  Risk
Factors" in Item 7 of this report and is incorporated herein by reference.

Item 2.  Properties

     The Company owns a 240,000 square foot plant in Dayton, Ohio.

                                    PART II

Item 7.  Management's Discussion and Analysis of Financial Condition and Results
         of Operations

     Net sales rose 8% to $412.3 million in 2008.

Item 1A.  Risk Factors

     Demand for our pumps depends on industrial capital spending, which is
cyclical.  A downturn would reduce our sales.

Item 7A.  Quantitative and Qualitative Disclosures About Market Risk

     The Company is exposed to changes in interest rates on its revolving credit.
"""


def test_item_headed_again_with_its_text_inside_another_item_is_no_mention() -> None:
    items = _items(_K_ITEMS)
    assert sorted(items) == ["1", "1A", "2", "7", "7A"]
    assert items["1A"]["text"].startswith("Demand for our pumps depends on industrial")
    assert items["7"]["text"] == "Net sales rose 8% to $412.3 million in 2008."


def test_item_headed_again_over_the_f_pages_after_the_last_item() -> None:
    items = _items("""
Item 8.  Financial Statements and Supplementary Data

     The financial statements required by this item are set forth beginning on
page F-1 of this report.

Item 9A.  Controls and Procedures

     The Company's disclosure controls and procedures were effective.

Item 15.  Exhibits and Financial Statement Schedules

     (a) 1. Financial Statements: see the Index to Financial Statements on page F-1.

Item 8.  Financial Statements and Supplementary Data

                      CONSOLIDATED BALANCE SHEETS
                                                    2008        2007
     Total assets                                 $612.4      $590.1
""")
    assert list(items) == ["9A", "15", "8"]
    assert items["8"]["text"].startswith("CONSOLIDATED BALANCE SHEETS")
    assert items["15"]["text"].endswith("Index to Financial Statements on page F-1.")


def test_item_in_a_one_line_contents_then_headed_is_not_a_running_head() -> None:
    cover = _COVER.replace("FORM 10-K", "FORM 10-K/A")
    text = cover + """
                              TABLE OF CONTENTS

Item 9A.  Controls and Procedures

                               EXPLANATORY NOTE

     This Amendment No. 1 on Form 10-K/A amends the Annual Report on Form 10-K of
Acme Pump Corporation for the year ended December 31, 2008, solely to revise
Item 9A.

                                    PART II

Item 9A.  Controls and Procedures

     Our management evaluated the effectiveness of our disclosure controls and
procedures as of December 31, 2008.
"""
    (item,) = _form_items("10-K/A", text)
    assert item["number"] == "9A"
    assert item["text"].startswith("Our management evaluated the effectiveness")


_EIGHT_K = """                       SECURITIES AND EXCHANGE COMMISSION
                             WASHINGTON, D.C. 20549

                                   FORM 8-K

                                CURRENT REPORT
     Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

   Date of Report (Date of earliest event reported):  March 3, 2008

                           ACME PUMP CORPORATION
           (Exact name of registrant as specified in its charter)
"""


def test_8k_item_named_above_the_cover_boxes_then_headed() -> None:
    items = _form_items("8-K", _EIGHT_K + """
Item 2.02  Results of Operations and Financial Condition

Check the appropriate box below if the Form 8-K filing is intended to
simultaneously satisfy the filing obligation of the registrant under any of
the following provisions:

[ ] Written communications pursuant to Rule 425 under the Securities Act

Item 2.02  Results of Operations and Financial Condition

     On March 3, 2008, Acme Pump Corporation issued a press release announcing
its results for the fourth quarter of 2007.

Item 9.01  Financial Statements and Exhibits

     (d) Exhibits.  99.1 Press release dated March 3, 2008.
""")
    assert [i["number"] for i in items] == ["2.02", "9.01"]
    assert items[0]["text"].startswith("On March 3, 2008, Acme Pump Corporation issued")


def test_8k_item_reported_twice_out_of_order_stays_out_of_other_events() -> None:
    items = _form_items("8-K", _EIGHT_K + """
Item 5.02  Departure of Directors or Certain Officers

     On March 3, 2008, John Smith resigned as Chief Financial Officer.

Item 8.01  Other Events

     On March 3, 2008, the Board declared a quarterly dividend of $0.12 per share.

Item 5.02  Departure of Directors or Certain Officers

     On March 4, 2008, the Board appointed Jane Doe as Chief Financial Officer.

Item 9.01  Financial Statements and Exhibits

     (d) Exhibits.  99.1 Press release dated March 3, 2008.
""")
    other = next(i for i in items if i["number"] == "8.01")
    assert other["text"] == ("On March 3, 2008, the Board declared a quarterly dividend of $0.12"
                             " per share.")


def test_comment_letter_captions_with_their_pages_are_no_items() -> None:
    letter = """                         [ACME PUMP CORPORATION LETTERHEAD]

                                                              March 15, 2010

Securities and Exchange Commission
Division of Corporation Finance
100 F Street, N.E.
Washington, D.C. 20549

     Re:  Acme Pump Corporation
          Form 10-K for the Fiscal Year Ended December 31, 2009
          Filed March 1, 2010
          File No. 1-8472

Dear Mr. Doe:

     On behalf of Acme Pump Corporation, we are responding to the comments of the
Staff contained in your letter dated March 5, 2010.

Part I. Item 1A. Risk Factors, page 12

1.   We note your disclosure that you depend on a few customers. Please revise.

     Response: The Company will revise its disclosure in future filings.

Part II. Item 7. Management's Discussion and Analysis, pages 30-41

2.   Please expand your discussion of liquidity.

     Response: The Company will expand its discussion in future filings.
"""
    assert _form_items("CORRESP", letter) == []


def test_cross_reference_index_rows_are_no_items() -> None:
    items = _items("""
                        FORM 10-K CROSS-REFERENCE INDEX

Part I. Item 1. Business                                       1-12, 44-46
Part I. Item 3. Legal Proceedings                              Note 14
Part II. Item 5. Market for Registrant's Common Equity         Inside back cover
Part III. Item 10. Directors and Executive Officers            Proxy Statement

                                  BUSINESS

     Acme Pump Corporation makes centrifugal pumps for industrial customers.
""")
    assert items == {}
