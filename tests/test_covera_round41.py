"""Cover page, round 41: typeset dashes in a file number and ZIP+4 code, a rule between the
date caption and its date, report and event dates in two columns over their own captions,
a signer's "(Principal Executive Officer)" is no address caption, and "FORM 8-K/A-1".

Each test reads a corpus filing, or its cover printed as other filings of its era print the
same values (the variant said in each test).
"""

from __future__ import annotations

from typing import Any

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_chunks import caption_field
from support import FILINGS, text_record


def _text(name: str) -> str:
    return (FILINGS / name).read_text(encoding="utf-8", errors="replace")


def _body(name: str) -> str:
    """The filing's document text alone (no header: the cover names the form)."""
    text = _text(name)
    return text[text.index("<TEXT>") + len("<TEXT>") : text.index("</TEXT>")]


def _record(text: str, name: str) -> dict[str, Any]:
    return parse(text.encode(), name)


def test_en_dash_in_file_numbers_and_zip_reads_as_a_hyphen() -> None:
    # LG&E and KU's 2003 8-K with its numbers typeset with en dashes, as rendered pages
    # print them ("2&#8211;26720"): the hyphen they stand for
    html = _text("8k_2003_louisvillegasandelectr_1.htm")
    for number in (">2-26720<", ">1-3464<", "40507-1428<"):
        assert number in html
        html = html.replace(number, number.replace("-", "&#8211;"))
    regs = _record(html, "8k_2003_louisvillegasandelectr_1.htm")["registrants"]
    assert [r["commission_file_number"] for r in regs] == ["2-26720", "1-3464"]
    assert regs[1]["address"]["zip"] == "40507-1428"


def test_en_dash_file_number_after_its_caption_on_a_10k_line() -> None:
    # PerkinElmer's 10-K405 of 2001, "COMMISSION FILE NUMBER 1-5075" typeset with an en dash
    text = _text("10k405_2001_perkinelmerinc_1.txt").replace(
        "COMMISSION FILE NUMBER 1-5075", "COMMISSION FILE NUMBER 1\u20135075", 1)
    reg = _record(text, "10k405.txt")["registrants"][0]
    assert reg["commission_file_number"] == "1-5075"


def test_security_titles_keep_their_printed_dashes() -> None:
    # (only the registrant's numbers are read with plain hyphens)
    text = _text("10k405_2001_perkinelmerinc_1.txt").replace(
        "COMMON STOCK, $1 PAR VALUE", "COMMON STOCK, $1\u20132 PAR VALUE", 1)
    titles = [s["title"] for s in _record(text, "10k405.txt")["securities"]]
    assert titles[0] == "COMMON STOCK, $1\u20132 PAR VALUE"


def test_date_under_a_rule_below_the_combined_caption() -> None:
    # Aames Capital's 1998 8-K prints its date on the line under the caption; with a rule
    # between, as Innovative Clinical Solutions' 8-Ks of 2000 rule their caption line
    text = _body("8k_1998_aamescapitalcorp_1.txt")
    line = "                Date of Report (Date of earliest event reported)\n"
    assert line in text
    text = text.replace(line, line + "        " + "-" * 48 + "\n", 1)
    rec = text_record(text)
    assert (rec["report_date"], rec["event_date"]) == ("1998-12-15", "1998-12-15")


def test_report_and_event_dates_in_columns_over_their_own_captions() -> None:
    # Pericom's 2002 8-K (report March 14, event March 6) with its two dates each over a
    # caption of its own, side by side
    text = _body("8k_2002_pericomsemiconductorco_1.txt")
    line = "Date of Report (Date of earliest event reported): March 14, 2002 (March 6, 2002)\n"
    assert line in text
    columns = ("        March 14, 2002                           March 6, 2002\n"
               "      (Date of Report)                 (Date of earliest event reported)\n")
    rec = text_record(text.replace(line, columns, 1))
    assert (rec["report_date"], rec["event_date"]) == ("2002-03-14", "2002-03-06")
    unbracketed = columns.replace("(", "").replace(")", "")
    rec = text_record(text.replace(line, unbracketed, 1))
    assert (rec["report_date"], rec["event_date"]) == ("2002-03-14", "2002-03-06")


def test_one_date_over_side_by_side_captions_fills_both() -> None:
    text = _body("8k_2002_pericomsemiconductorco_1.txt")
    line = "Date of Report (Date of earliest event reported): March 14, 2002 (March 6, 2002)\n"
    one = ("                         March 14, 2002\n"
           "      (Date of Report)                 (Date of earliest event reported)\n")
    rec = text_record(text.replace(line, one, 1))
    assert (rec["report_date"], rec["event_date"]) == ("2002-03-14", "2002-03-14")


def test_principal_executive_officer_is_no_address_caption() -> None:
    # the signature caption of Acurx's 2023 S-1 against its cover's address caption
    assert caption_field("(Principal Executive Officer)") is None
    assert caption_field("(Address, including zip code, and telephone number, including "
                         "area code, of registrant's principal executive offices)") == "address"
    assert caption_field("(Address of principal executive office)") == "address"


def test_amendment_number_run_onto_the_form_code() -> None:
    # Home Health's 1998 8-K with its form line as "FORM 8-K/A-1" (amendment 1)
    text = _body("8k_1998_homehealthcorpofameric_1.txt")
    line = "                                  FORM 8-K\n"
    assert line in text
    rec = text_record(text.replace(line, "                                FORM 8-K/A-1\n", 1))
    assert (rec["form_type"], rec["is_amendment"]) == ("8-K/A", True)
    assert text_record(text)["form_type"] == "8-K"
