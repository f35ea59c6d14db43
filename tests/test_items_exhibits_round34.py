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
