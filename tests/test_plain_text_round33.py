"""clean_plain_text, round 33: a sentence a page break cut in two reads whole again, as the
HTML renderer joins one (the blank lines and page furniture between the parts go)."""

from filing2json.parsers import parse
from filing2json.parsers.text import clean_plain_text

_CENTRE = " " * 40
_COVER = (
    "                       SECURITIES AND EXCHANGE COMMISSION\n"
    "                             WASHINGTON, D.C. 20549\n\n"
    "                                   FORM 10-K\n\n"
    "                              EG&G TECHNOLOGIES, INC.\n"
    "             (Exact name of registrant as specified in its charter)\n\n"
    "ITEM 1.  BUSINESS\n\n"
)
_BEFORE = (
    "     In 1994 the Company's Department of Energy support contracts were accounted\n"
    "for as discontinued operations. The last of these DOE contracts expired in\n"
    "1997. The Company is in the process of\n"
)
_AFTER = (
    "negotiating contract closeouts and does not anticipate incurring any material\n"
    "loss in connection with such contracts in excess of previously established\n"
    "reserves.\n"
)


def test_a_sentence_cut_by_a_page_break_is_joined() -> None:
    # the page number centred under the last line, then the marker with the printer's page
    # count ("<PAGE>   6"), a "-2-" foot, or a form feed: the sentence runs on over the page
    for brk in (f"\n{_CENTRE}4\n<PAGE>   6\n\n", f"\n{_CENTRE}-2-\n<PAGE>\n\n",
                f"\n{_CENTRE}4\n\f\n"):
        text = _COVER + _BEFORE + brk + _AFTER + "\nITEM 2.  PROPERTIES\n\n     None.\n"
        out = clean_plain_text(text)
        assert "is in the process of\nnegotiating contract closeouts" in out
        record = parse(text.encode(), "egg_10k_1999.txt")
        items = {item["number"]: item["text"] for item in record["items"]}
        assert "process of\nnegotiating contract closeouts" in items["1"]


def test_a_sentence_runs_on_under_a_running_head() -> None:
    # the company's running head atop every later page goes, and the two parts join past it
    head = "                       PERKINELMER, INC. AND SUBSIDIARIES\n\n"
    pages = [
        "     Cash flows of the discontinued operations were $0.9 million and $0.4\n"
        "million at December 31, 2000 and\n",
        "January 2, 2000, respectively. During 2000, the Company completed a sale of\n"
        "its Technical Services segment for approximately $100 million in cash.\n\n"
        "     The Company acquired Vivid Technologies, Inc., a leading\n",
        "supplier of automated explosive detection systems utilized in airports and\n"
        "high-security facilities worldwide, for 1.6 million shares of its stock.\n\n",
        "     Sales of the businesses held for sale were $54 million in 1999.\n",
    ]
    text = head + "".join(f"{page}\n{_CENTRE}{n}\n<PAGE>\n{head}"
                          for n, page in enumerate(pages[:-1], 30)) + pages[-1]
    out = clean_plain_text(text)
    assert "December 31, 2000 and\nJanuary 2, 2000, respectively" in out
    assert "a leading\nsupplier of automated explosive" in out
    assert out.count("PERKINELMER, INC.") == 1  # the first page's own head stays
    # a sentence's end before the break: the paragraphs stay apart
    assert "worldwide, for 1.6 million shares of its stock.\n\n" in out


def test_headings_tables_and_list_items_stay_apart_over_a_break() -> None:
    # one document: a sentence joined over its first break, while a continued heading under
    # a rule, a table's rows, a list's "a)" and a head printed once open their own blocks
    runs_on = (
        "     Based on Ameritech's assessments and work to date, Ameritech has made\n"
        "the necessary changes to the billing systems of the\n\n"
        "                               Page 18\n\n\n<PAGE>19\n\n"
        "Company's subsidiaries, which were tested and found Year 2000 ready in the\n"
        "second quarter of 1999.\n\n"
    )
    heading = (
        "     Based on Ameritech's assessments and work to date, Ameritech believes that\n"
        "any such\n\n                               Page 19\n\n\n<PAGE>20\n\n"
        "Year 2000 Readiness Disclosure (cont'd.)\n----------------------------------------\n\n"
        "material disruption to our operations due to failure of an internal system is\n"
        "unlikely.\n\n"
    )
    table = (
        "     The following table shows sales by segment of the\n\n"
        "Instruments                           $  412,555    $  398,190\n"
        "Life sciences                         $  301,447    $  276,004\n\n"
        f"{_CENTRE}20\n<PAGE>\n\n"
        "optoelectronics                       $  356,211    $  312,830\n\n"
    )
    items = (
        "     The following matters were voted upon at the meeting, in person or by proxy,\n"
        f"\n{_CENTRE}21\n<PAGE>\n\n"
        "a)  The election of four directors, each for a term of three years.\n\n"
    )
    once = (
        "     The Company is in the process of\n"
        f"\n{_CENTRE}22\n<PAGE>\n\n"
        "                       NOTES TO FINANCIAL STATEMENTS (CONTINUED)\n\n"
        "negotiating contract closeouts with the Department of Energy.\n"
    )
    out = clean_plain_text(runs_on + heading + table + items + once)
    assert "billing systems of the\nCompany's subsidiaries" in out
    assert "any such\n\n" in out and "$  276,004\n\n" in out
    assert "by proxy,\n\n" in out and "process of\n\n" in out


_H8 = "FORM 8-K\n\nACME WIDGETS, INC.\n(Exact name of registrant as specified in its charter)\n\n"
_H10 = _H8.replace("8-K", "10-K")


def _items(text: str) -> list[tuple[str, str, str]]:
    record = parse(text.encode(), "a.txt")
    return [(i["number"], i["title"], i["text"]) for i in record["items"]]


def test_a_heading_at_a_pages_foot_takes_no_line_of_the_next_page() -> None:
    # (the heading swallowed the next page's bullet into its title)
    text = _H8 + ("Item 5.  Other Events and Regulation FD Disclosure\n"
                  f"\n{_CENTRE}1\n<PAGE>\n\n"
                  "o The Company purchased receivables with a face value of $1.5 billion.\n\n"
                  "o Cash collections were $20 million.\n\n"
                  "Item 7.  Financial Statements and Exhibits\n\n     None.\n")
    assert _items(text)[0] == (
        "5", "Other Events and Regulation FD Disclosure",
        "o The Company purchased receivables with a face value of $1.5 billion.\n\n"
        "o Cash collections were $20 million.")


def test_an_item_heading_topping_the_next_page_stays_a_heading() -> None:
    # a page ending mid-sentence: neither the item's "(CONTINUED)" heading printed once nor
    # the next item's heading is glued into the text above (Item 3 was lost)
    continued = _H10 + (
        "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
        "         RESULTS OF OPERATIONS\n\n"
        "     Net sales rose 12% on higher volume, primarily due to demand for the\n"
        f"\n{_CENTRE}9\n<PAGE>\n\n"
        "ITEM 7.  MANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND\n"
        "         RESULTS OF OPERATIONS (CONTINUED)\n\n"
        "automotive market. Gross margin improved to 34%.\n\n"
        "ITEM 8.  FINANCIAL STATEMENTS AND SUPPLEMENTARY DATA\n\n     See page F-1.\n")
    assert "ITEM 7" not in _items(continued)[0][2]
    nxt = _H10 + ("ITEM 2.  PROPERTIES\n\n     The Company leases 20,000 square feet in Boston. "
                  "See Note 7 for the\n"
                  f"\n{_CENTRE}9\n<PAGE>\n\n"
                  "ITEM 3.  LEGAL PROCEEDINGS\n"
                  "The Company is not a party to any material legal proceedings.\n\n"
                  "ITEM 4.  SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS\n\n     None.\n")
    assert [(n, t) for n, t, _ in _items(nxt)] == [
        ("2", "PROPERTIES"), ("3", "LEGAL PROCEEDINGS"),
        ("4", "SUBMISSION OF MATTERS TO A VOTE OF SECURITY HOLDERS")]
