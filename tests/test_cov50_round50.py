"""Cover page, round 50: a 12(b) cell stating no exchange under a footnote's mark, the 12(b)
table printed as captioned lines (or turned on its side), foreign telephone numbers with the
codes bracketed and spaced, and an N-4 cover's check-box row over the registrant's name.

The covers are PerkinElmer's 10-K405 of 2001 (a corpus filing), Meta Platforms' 2025 8-K (a
corpus filing, its iXBRL tags taken out), the CTC Communications sample 8-K (2000) and an N-4
cover as insurers' separate accounts print it, each edited as the test says.
"""

from __future__ import annotations

from support import (
    CTC_SAMPLE,
    FILINGS,
    N4_2008_HEAD,
    PERKINELMER_12B_TABLE,
    meta_body,
    meta_with_row,
    text_record,
)

_PERKINELMER_TABLE = PERKINELMER_12B_TABLE
_NYSE = "New York Stock Exchange"


def _perkinelmer_securities(table: str) -> list[tuple]:
    text = (FILINGS / "10k405_2001_perkinelmerinc_1.txt").read_text()
    assert _PERKINELMER_TABLE in text
    record = text_record(text.replace(_PERKINELMER_TABLE, table), "perkinelmer.txt")
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


def test_not_applicable_exchange_with_a_footnote_mark_is_none() -> None:
    # Meta's row with its exchange cell "Not Applicable (1)" (a class registered under 12(b)
    # but listed on no exchange, the note under the table saying why): read "Not Applicable"
    assert meta_with_row("Class A Common Stock", "META", "Not Applicable (1)") == [
        ("Class A Common Stock", "META", None)]
    assert meta_with_row("Class A Common Stock", "N/A*", "N/A*") == [
        ("Class A Common Stock", None, None)]


def test_marked_none_cells_in_a_text_table() -> None:
    # PerkinElmer's table as a 2019+ cover types it, the rights' row with no symbol nor exchange
    assert _perkinelmer_securities(
        "Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
        f"Common Stock, $1 par value\tPKI\t{_NYSE}\n"
        "Preferred Share Purchase Rights\tN/A (1)\tNot Applicable (1)\n") == [
        ("Common Stock, $1 par value", "PKI", _NYSE),
        ("Preferred Share Purchase Rights", None, None)]


def test_12b_table_printed_as_captioned_lines() -> None:
    # PerkinElmer's table printed a caption and its value a line, a security at a time
    assert _perkinelmer_securities(
        "Title of each class: Common Stock, $1 par value\nTrading Symbol(s): PKI\n"
        f"Name of each exchange on which registered: {_NYSE}\n\n"
        "Title of each class:\tPreferred Share Purchase Rights\n"
        f"Name of each exchange on which registered:\t{_NYSE}\n") == [
        ("Common Stock, $1 par value", "PKI", _NYSE),
        ("Preferred Share Purchase Rights", None, _NYSE)]


def test_12b_table_head_is_no_captioned_line() -> None:
    # a head typed with colons is a table's head, its rows under it
    assert _perkinelmer_securities(
        "Title of each class:                    Name of each exchange on which registered:\n"
        f"Common Stock, $1 par value              {_NYSE}\n") == [
        ("Common Stock, $1 par value", None, _NYSE)]


def _meta_securities(table: str) -> list[tuple]:
    body = meta_body()
    at = body.index("Title of each class")
    start, end = body.rindex("<table", 0, at), body.index("</table>", at) + 8
    record = text_record("<html><head><title>8-K</title></head>" + body[:start] + table
                         + body[end:], "meta.htm")
    return [(s["title"], s["trading_symbol"], s["exchange"]) for s in record["securities"]]


_META = ("Class A Common Stock, $0.000006 par value", "META", "The Nasdaq Stock Market LLC")


def test_12b_table_turned_on_its_side_in_html() -> None:
    # Meta's table with its captions in the first column, each value beside its caption
    cell = '<td style="padding:2px 1pt">{}</td>'
    rows = zip(("Title of each class", "Trading Symbol(s)",
                "Name of each exchange on which registered"), _META, strict=True)
    table = "<table>" + "".join(
        f"<tr>{cell.format(caption)}{cell.format(value)}</tr>" for caption, value in rows
    ) + "</table>"
    assert _meta_securities(table) == [_META]


def test_12b_captioned_lines_in_html_paragraphs() -> None:
    # Meta's table printed as three paragraphs, "caption: value"
    assert _meta_securities(
        f"<p>Title of each class: {_META[0]}</p><p>Trading Symbol(s): {_META[1]}</p>"
        f"<p>Name of each exchange on which registered: {_META[2]}</p>") == [_META]


_CTC_PHONE = "                               (781) 466-8080\n"


def _ctc_phone(number: str) -> str | None:
    assert _CTC_PHONE in CTC_SAMPLE
    record = text_record(CTC_SAMPLE.replace(_CTC_PHONE, f"                    {number}\n"),
                         "ctc.txt")
    return record["registrants"][0]["phone"]


def test_foreign_phone_with_spaced_codes_in_brackets() -> None:
    # the CTC cover's telephone as Australian and Chinese issuers print theirs, the country
    # and area codes bracketed together with a space between them: read as no phone
    assert _ctc_phone("(61 2) 9123 4567") == "(61 2) 9123 4567"
    assert _ctc_phone("(86 10) 6505 1234") == "(86 10) 6505 1234"
    assert _ctc_phone("(781) 466-8080") == "(781) 466-8080"


def test_foreign_phone_with_the_country_code_bracketed_over_a_one_digit_area_code() -> None:
    # as Irish and Israeli issuers print theirs (Dublin's and Tel Aviv's area codes are one
    # digit): read as no phone
    assert _ctc_phone("(353) 1 234 5678") == "(353) 1 234 5678"
    assert _ctc_phone("(972) 3-123-4567") == "(972) 3-123-4567"


_N4_COVER = N4_2008_HEAD


def test_n4_check_box_row_over_the_name_is_no_part_of_it() -> None:
    # an N-4 cover (its shape as filed by insurers' separate accounts): the Investment Company
    # Act amendment's check-box row over the name was read as its first line
    assert text_record(_N4_COVER, "n4.txt")["registrants"][0]["name"] == \
        "ACME LIFE VARIABLE ACCOUNT A"
    two_lines = _N4_COVER.replace("ACME LIFE VARIABLE ACCOUNT A\n",
                                  "ACME LIFE INSURANCE COMPANY\nVARIABLE ACCOUNT A\n")
    assert text_record(two_lines, "n4.txt")["registrants"][0]["name"] == \
        "ACME LIFE INSURANCE COMPANY VARIABLE ACCOUNT A"


_CTC_BOXES = """Check the appropriate box below if the Form 8-K filing is intended to simultaneously
satisfy the filing obligation of the registrant under any of the following provisions:

[ ] Written communications pursuant to Rule 425 under the Securities Act

Securities registered pursuant to Section 12(b) of the Act:

Title of each class: Common Stock, $0.01 par value
Trading Symbol(s): CPTL
Name of each exchange on which registered: The Nasdaq Stock Market LLC

Indicate by check mark whether the registrant is an emerging growth company.

"""


def test_12b_captioned_lines_after_the_check_boxes() -> None:
    # the CTC sample typed as a 2019+ 8-K: the check boxes, then the 12(b) section as lines
    text = CTC_SAMPLE.replace("<PAGE>\nItem 5.", _CTC_BOXES + "<PAGE>\nItem 5.")
    assert [(s["title"], s["trading_symbol"], s["exchange"])
            for s in text_record(text, "ctc.txt")["securities"]] == [
        ("Common Stock, $0.01 par value", "CPTL", "The Nasdaq Stock Market LLC")]
