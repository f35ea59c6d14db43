"""Press release highlights and body, round 33: a list typed with no blank line under its
last item, items that hang under their text across a sentence's end, and numbered items.
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers.sections.press_release import parse_press_release


def release(text: str, document: str = "EX-99.1") -> dict[str, Any]:
    found = parse_press_release(text, document)
    assert found is not None
    return found


# A 2004 bank release in fixed-width text: "o" items whose wrapped lines hang under their
# text, the body's next paragraph typed right under the last item at the paragraph indent.
HANGING_2004 = """                 ACME BANCORP REPORTS RECORD THIRD QUARTER EARNINGS

     DALLAS, Oct. 21, 2004 -- Acme Bancorp, Inc. (NASDAQ: ACMB) today reported
net income of $12.4 million, or $0.84 per diluted share, for the third quarter
of 2004.

Third Quarter 2004 Highlights:

     o    Net income increased 18% to $12.4 million compared with the third
          quarter of 2003.
     o    Loans grew 11% to $1.42 billion.
     o    Net interest margin widened to 4.12%, up 15 basis points
     The Company also announced that its Board of Directors declared a
quarterly dividend of $0.15 per share, payable November 15, 2004.

     "We are pleased with the quarter," said John Smith, Chief Executive Officer.
"""


def test_paragraph_left_of_a_hanging_list_is_no_highlight() -> None:
    found = release(HANGING_2004)
    assert found["highlights"] == [
        "Net income increased 18% to $12.4 million compared with the third quarter of 2003.",
        "Loans grew 11% to $1.42 billion.",
        "Net interest margin widened to 4.12%, up 15 basis points",
    ]
    assert (
        "o Net interest margin widened to 4.12%, up 15 basis points\n\n"
        "The Company also announced that its Board of Directors declared a quarterly "
        "dividend of $0.15 per share, payable November 15, 2004.\n\n"
    ) in found["body"]


# A 1997 release: "-" items at the margin, wrapped to the margin, and the next paragraph
# typed under the last item after its full stop.
MARGIN_1997 = """ACME CORPORATION REPORTS RECORD FOURTH QUARTER RESULTS

CLEVELAND, Ohio, Jan. 28, 1997 -- Acme Corporation (NYSE: ACM) today reported
record sales and earnings for the fourth quarter and year ended December 31,
1996.

Fourth Quarter Highlights:
- Sales rose 14% to $312.4 million, the highest for any quarter in the
Company's history.
- Net income increased 22% to $18.1 million, or $.92 per share. Operating
margin improved to 9.4% from 8.6%.
- The Company repurchased 400,000 shares.
For the full year, sales rose 11% to $1.18 billion and net income rose 19% to
$64.2 million.
"""


def test_paragraph_after_an_items_full_stop_is_no_highlight() -> None:
    found = release(MARGIN_1997)
    assert found["highlights"] == [
        "Sales rose 14% to $312.4 million, the highest for any quarter in the Company's "
        "history.",
        "Net income increased 22% to $18.1 million, or $.92 per share. Operating margin "
        "improved to 9.4% from 8.6%.",
        "The Company repurchased 400,000 shares.",
    ]
    assert found["body"].endswith(
        "For the full year, sales rose 11% to $1.18 billion and net income rose 19% to "
        "$64.2 million."
    )


# A 1997 release whose "o" items hang under their text; an item's second sentence starts
# a line although its first word would have fitted on the line above.
TWO_SENTENCES_1997 = """ACME CORPORATION REPORTS RECORD FOURTH QUARTER RESULTS

CLEVELAND, Ohio, Jan. 28, 1997 -- Acme Corporation (NYSE: ACM) today reported
record sales and earnings for the fourth quarter and year ended December 31,
1996.

HIGHLIGHTS:

  o  Sales rose 14% to $312.4 million, the highest for any quarter in the
     Company's history. Order backlog at year-end reached $410 million.
  o  Net income increased 22% to $18.1 million, or $.92 per share.
     Operating margin improved to 9.4% from 8.6%.
  o  The Company repurchased 400,000 shares of its common stock.

  "1996 was an outstanding year for Acme," said Robert L. Jones, Chairman.
"""


def test_hanging_line_after_a_full_stop_stays_in_its_item() -> None:
    found = release(TWO_SENTENCES_1997)
    assert (
        "o Net income increased 22% to $18.1 million, or $.92 per share. Operating margin "
        "improved to 9.4% from 8.6%.\n\no The Company repurchased"
    ) in found["body"]
    assert found["highlights"][1] == (
        "Net income increased 22% to $18.1 million, or $.92 per share. Operating margin "
        "improved to 9.4% from 8.6%."
    )


# A 2004 release with numbered items, each ending a sentence at the wrap width.
NUMBERED_2004 = """ACME BANCORP REPORTS RECORD THIRD QUARTER EARNINGS

DALLAS, Oct. 21, 2004 -- Acme Bancorp, Inc. (NASDAQ: ACMB) today reported net
income of $12.4 million, or $0.84 per diluted share, for the third quarter of
2004.

Financial Highlights:

1.   Net income increased 18% to $12.4 million. Earnings per share rose 16%.
2.   Loans grew 11% to $1.42 billion, led by commercial real estate
     lending.
3.   Net interest margin widened 15 basis points to 4.12%.

The Company also announced that its Board of Directors declared a quarterly
dividend of $0.15 per share.
"""


def test_numbered_items_are_paragraphs_of_the_body() -> None:
    found = release(NUMBERED_2004)
    assert (
        "Financial Highlights:\n\n"
        "1. Net income increased 18% to $12.4 million. Earnings per share rose 16%.\n\n"
        "2. Loans grew 11% to $1.42 billion, led by commercial real estate lending.\n\n"
        "3. Net interest margin widened 15 basis points to 4.12%.\n\n"
    ) in found["body"]
    assert len(found["highlights"]) == 3


# A 1997 release over three wire pages: each continued page opens with the company's name
# over "Add 1" / "ADD TWO" (PR Newswire's label of a continued page)
_ADD_PAGES_1997 = """ACME CORPORATION REPORTS RECORD FOURTH QUARTER RESULTS

     CLEVELAND, Ohio, Jan. 28, 1997 -- Acme Corporation (NYSE: ACM) today
reported record sales and earnings for the fourth quarter and year ended
December 31, 1996.

     Sales for the quarter rose 14% to $312.4 million, the highest for any
quarter in the Company's history.

                                   (more)

Acme Corporation
Add 1

     Net income increased 22% to $18.1 million, or $.92 per share.

                                   (more)

ACME CORPORATION
ADD TWO

     Order backlog at year-end reached $410 million.

                                   # # #
"""


def test_a_wire_pages_add_label_and_its_head_are_no_body() -> None:
    # (was "Acme Corporation / Add 1" and "ACME CORPORATION / ADD TWO" in the body)
    release = parse_press_release(_ADD_PAGES_1997, "EX-99")
    assert release is not None
    body = release["body"]
    assert "Add 1" not in body and "ADD TWO" not in body and "\nAcme Corporation\n" not in body
    assert body.split("\n\n")[-2:] == [
        "Net income increased 22% to $18.1 million, or $.92 per share.",
        "Order backlog at year-end reached $410 million."]
