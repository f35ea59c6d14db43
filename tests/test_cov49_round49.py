"""Cover page, round 49: a former name printed under its bracketed caption, and columns typed
with tabs on a word processor's tab stops (the three-number strip, the 12(b) table).

The text covers are the CTC Communications sample 8-K (2000) and PerkinElmer's 10-K405 of 2001
(a corpus filing), each edited as the test says; the HTML cover is Meta Platforms' 2025 8-K
with its iXBRL tags taken out.
"""

from __future__ import annotations

from typing import Any

from support import CTC_SAMPLE, FILINGS, PERKINELMER_12B_TABLE, meta_body, text_record

_CTC_FORMER = """ (Former name or former address if changed since last
report)
"""
_CTC_STRIP = """          Delaware                   0-27505            04-3469590
       (State or other jurisdiction (Commission         (IRS Employer
         of incorporation)          File Number)   Identification No.)
"""


def _ctc(old: str, new: str) -> dict[str, Any]:
    assert old in CTC_SAMPLE
    return text_record(CTC_SAMPLE.replace(old, new), "ctc.txt")["registrants"][0]


def test_former_name_under_its_caption() -> None:
    # the CTC sample's empty former-name caption with an old name typed on the line under it
    registrant = _ctc(_CTC_FORMER, _CTC_FORMER + "\n            CTC Communications Corp.\n")
    assert registrant["former_name"] == "CTC Communications Corp."
    assert registrant["name"] == "CTC COMMUNICATIONS GROUP, INC."


def test_not_applicable_under_the_former_name_caption_is_none() -> None:
    registrant = _ctc(_CTC_FORMER, _CTC_FORMER + "                Not Applicable\n")
    assert registrant["former_name"] is None


def test_next_registrants_name_under_the_former_name_caption_is_no_former_name() -> None:
    # a combined filing: the next registrant's name, over its own caption, under the caption
    record = text_record(CTC_SAMPLE.replace(_CTC_FORMER, _CTC_FORMER + (
        "\n            CTC Communications Corp.\n"
        "   (Exact name of registrant as specified in its charter)\n")), "ctc.txt")
    assert record["registrants"][0]["former_name"] is None
    assert [r["name"] for r in record["registrants"]] == [
        "CTC COMMUNICATIONS GROUP, INC.", "CTC Communications Corp."]


def test_former_name_under_its_caption_in_html() -> None:
    # Meta's cover with its "N/A" over the caption taken out and "Facebook, Inc." under it
    body = meta_body()
    na = ('<div style="text-align:center"><span style="color:#000000;font-family:\'Times New '
          'Roman\',serif;font-size:10pt;font-weight:700;line-height:120%">N/A</span></div>')
    caption = "(Former name or former address, if changed since last report)</span></div>"
    assert na in body and caption in body
    body = body.replace(na, "").replace(caption, caption + (
        '<div style="text-align:center"><span>Facebook, Inc.</span></div>'))
    record = text_record("<html><head><title>8-K</title></head>" + body, "meta.htm")
    assert record["registrants"][0]["former_name"] == "Facebook, Inc."


def test_number_strip_typed_with_tabs() -> None:
    # the CTC strip typed a tab between columns, each caption whole on one line: the tab
    # stops are no eight columns apart, so the values fell under no caption
    registrant = _ctc(_CTC_STRIP, "Delaware\t0-27505\t04-3469590\n(State or other jurisdiction"
                      " of incorporation)\t(Commission File Number)\t(IRS Employer"
                      " Identification No.)\n")
    assert (registrant["state_of_incorporation"], registrant["commission_file_number"],
            registrant["irs_employer_id"]) == ("Delaware", "0-27505", "04-3469590")


def test_number_strip_typed_with_tabs_over_rules() -> None:
    registrant = _ctc(_CTC_STRIP, "Delaware\t0-27505\t04-3469590\n--------\t-------\t----------\n"
                      "(State or other jurisdiction of incorporation)\t(Commission File Number)"
                      "\t(IRS Employer Identification No.)\n")
    assert (registrant["state_of_incorporation"], registrant["commission_file_number"],
            registrant["irs_employer_id"]) == ("Delaware", "0-27505", "04-3469590")


_PERKINELMER_TABLE = PERKINELMER_12B_TABLE


def _perkinelmer_securities(table: str) -> list[tuple]:
    text = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text()
    assert _PERKINELMER_TABLE in text
    record = text_record(text.replace(_PERKINELMER_TABLE, table), "perkinelmer.txt")
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


def test_12b_table_typed_one_tab_between_columns() -> None:
    # PerkinElmer's 12(b) table typed a tab between its columns: the rows were run into one
    # title "COMMON STOCK, $1 PAR VALUE PREFERRED SHARE PURCHASE RIGHTS NEW YORK ..."
    nyse = "NEW YORK STOCK EXCHANGE, INC."
    assert _perkinelmer_securities(
        "TITLE OF EACH CLASS\tNAME OF EACH EXCHANGE ON WHICH REGISTERED\n"
        f"COMMON STOCK, $1 PAR VALUE\t{nyse}\nPREFERRED SHARE PURCHASE RIGHTS\t{nyse}\n") == [
        ("COMMON STOCK, $1 PAR VALUE", None, nyse),
        ("PREFERRED SHARE PURCHASE RIGHTS", None, nyse)]


def test_12b_table_with_symbols_typed_one_tab_between_columns() -> None:
    # the same table as a 2019+ cover prints it, with a symbol column: the symbol and the
    # exchange were read as one symbol "PKI NEW YORK STOCK EXCHANGE"
    assert _perkinelmer_securities(
        "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
        "Common Stock, $1 par value\tPKI\tNew York Stock Exchange\n") == [
        ("Common Stock, $1 par value", "PKI", "New York Stock Exchange")]


def test_12b_table_typed_several_tabs_between_columns() -> None:
    # the table typed to the word processor's tab stops, two tabs after the shorter title:
    # read at eight-column stops the second title fell under the exchange's head
    nyse = "New York Stock Exchange, Inc."
    assert _perkinelmer_securities(
        "Title of each class\t\t\tName of each exchange on which registered\n"
        f"Common Stock, $1 Par Value\t\t{nyse}\nPreferred Share Purchase Rights\t{nyse}\n") == [
        ("Common Stock, $1 Par Value", None, nyse),
        ("Preferred Share Purchase Rights", None, nyse)]
