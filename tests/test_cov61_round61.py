"""Cover page, round 61: a foreign capital district's "D.C." between the city and the country
("Bogota, D.C. - Colombia"); an 11-K whose item B prints the issuer's name on its caption
line ("... pursuant to the plan: Acme Corp.", or its address run on after it); both numbers'
captions with their numbers in one run of text ("Commission File Number: 1-416 IRS Employer
Identification No.: 36-1750680"); a telephone number run on after the zip, one blank apart
("60179 (847) 286-2500" over "(Zip Code)   (Telephone Number)").

The tests read real filings with their covers printed as other filers print them (the edit
is said in each test): Sears' 2004 8-K from the corpus, and Valley National Bancorp's 2006
11-K cover (test_cover_round38).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_cov60_round60 import _sears_address
from test_cover_round38 import _ELEVEN_K_2006, _ITEM_B

from filing2json.parsers import parse
from filing2json.parsers.sections.cover_address import split_address
from support import FILINGS, edited_record, validate

SEARS = FILINGS / "8k_2004_searsroebuckandco_1.txt"


def test_bogota_dc_dash_colombia_is_city_and_country() -> None:
    # the address Infosys' July 2015 6-K prints (Bogota's "D.C.", then a dash and the country)
    assert _sears_address("                  Carrera 7 No. 71 - 21\n"
                          "                  Bogota, D.C. - Colombia\n") == {
        "street": "Carrera 7 No. 71 - 21", "city": "Bogota", "state": "Colombia", "zip": None}


def test_bogota_dc_before_the_country_after_commas() -> None:
    # Colombian issuers' other spellings: "Bogota D.C., Colombia", "Bogotá, D.C., Colombia"
    assert _sears_address("                  Calle 100 No. 7-33\n"
                          "                  Bogota D.C., Colombia\n") == {
        "street": "Calle 100 No. 7-33", "city": "Bogota", "state": "Colombia", "zip": None}
    assert split_address("Carrera 7 No. 71 - 21, Bogotá, D.C., Colombia", None) == {
        "street": "Carrera 7 No. 71 - 21", "city": "Bogotá", "state": "Colombia", "zip": None}
    # (Washington's "D.C." is its state)
    assert split_address("1000 Pennsylvania Avenue, Washington, D.C.", "20006") == {
        "street": "1000 Pennsylvania Avenue", "city": "Washington", "state": "D.C.",
        "zip": "20006"}


# Valley National Bancorp's 2006 11-K prints its issuer's name and address under item B
_VALLEY = {"street": "1455 Valley Road", "city": "Wayne", "state": "New Jersey", "zip": "07470"}


def _item_b(item_b: str) -> dict[str, Any]:
    assert _ITEM_B in _ELEVEN_K_2006
    record = validate(parse(_ELEVEN_K_2006.replace(_ITEM_B, item_b).encode(), "11k.txt"))
    (reg,) = record["registrants"]
    assert reg["commission_file_number"] == "1-11277"
    return reg


def test_11k_name_and_address_run_on_the_captions_line() -> None:
    reg = _item_b("     B.  Name of issuer of the securities held pursuant to the plan and the\n"
                  "         address of its principal executive office: Valley National "
                  "Bancorp, 1455 Valley Road, Wayne, New Jersey 07470\n")
    assert (reg["name"], reg["address"]) == ("Valley National Bancorp", _VALLEY)
    # a run-on value with no postcode is left to the name rules (a legal form reads as one)
    reg = _item_b("     B.  Name of issuer of the securities held pursuant to the plan and the\n"
                  "         address of its principal executive office: Valley National "
                  "Bancorp, Inc.\n")
    assert (reg["name"], reg["address"]) == ("Valley National Bancorp, Inc.", None)


@pytest.mark.parametrize("address", [
    "              1455 Valley Road\n              Wayne, New Jersey 07470\n",
    "         Address of its principal executive office: 1455 Valley Road, Wayne, New Jersey"
    " 07470\n"], ids=["under", "captioned"])
def test_11k_name_after_a_colon_closing_the_plan_caption(address: str) -> None:
    # the caption's first words closed by a colon, the name after it, the address under it
    # (or captioned on the next line)
    reg = _item_b("     B.  Name of issuer of the securities held pursuant to the plan: "
                  "Valley National Bancorp\n" + address)
    assert (reg["name"], reg["address"]) == ("Valley National Bancorp", _VALLEY)


def test_plan_colon_on_a_long_run_of_blanks_is_linear() -> None:
    caption = "B. Name of issuer of the securities held pursuant to the plan"
    text = _ELEVEN_K_2006.replace(_ITEM_B, (caption + " " * 2000 + "\n") * 100)
    start = time.process_time()
    parse(text.encode(), "11k.txt")
    assert time.process_time() - start < 5


# Sears' cover from its state line to its telephone line
_SEARS_ROWS = """                                    New York
                 (State or Other Jurisdiction of Incorporation)

          1-416                                        36-1750680
 (Commission File Number)                   (IRS Employer Identification No.)

           3333 Beverly Road                             60179
       Hoffman Estates, Illinois                       (Zip code)
(Address of principal executive offices)

       Registrant's telephone number, including area code: (847) 286-2500
"""
_SEARS_REGISTRANT = {
    "name": "SEARS, ROEBUCK AND CO.", "cik": "0000319256", "state_of_incorporation": "New York",
    "commission_file_number": "1-416", "irs_employer_id": "36-1750680",
    "address": {"street": "3333 Beverly Road", "city": "Hoffman Estates", "state": "Illinois",
                "zip": "60179"},
    "phone": "(847) 286-2500", "former_name": None}


def _sears_rows(rows: str) -> dict[str, Any]:
    record = validate(edited_record(SEARS, {_SEARS_ROWS: rows}))
    (reg,) = record["registrants"]
    return reg


def test_both_numbers_captioned_in_one_run_of_text() -> None:
    # the state over its caption, then both numbers after their captions on one line, one
    # blank apart (as a rendered paragraph's collapsed blanks leave them), with or without
    # colons, in either order
    state = ("                                    New York\n"
             "                 (State or Other Jurisdiction of Incorporation)\n\n")
    rest = ("           3333 Beverly Road, Hoffman Estates, Illinois 60179\n"
            "(Address of principal executive offices) (Zip code)\n\n"
            "       Registrant's telephone number, including area code: (847) 286-2500\n")
    for numbers in ("Commission File Number: 1-416 IRS Employer Identification No.: 36-1750680",
                    "Commission File No. 1-416 IRS Employer Identification No. 36-1750680",
                    "I.R.S. Employer Identification No. 36-1750680 Commission File No. 1-416"):
        assert _sears_rows(f"{state}     {numbers}\n\n{rest}") == _SEARS_REGISTRANT, numbers


def test_both_numbers_in_one_html_paragraph() -> None:
    # Sears' cover typed as HTML paragraphs, the numbers in one (their blanks collapse)
    html = ("<html><body><p>FORM 8-K</p><p>CURRENT REPORT</p>"
            "<p>Date of Report (Date of earliest event reported): July 22, 2004</p>"
            "<p>SEARS, ROEBUCK AND CO.</p>"
            "<p>(Exact name of registrant as specified in charter)</p>"
            "<p>State of incorporation: New York</p>"
            "<p>Commission File Number: 1-416&nbsp;&nbsp;&nbsp;&nbsp;"
            "IRS Employer Identification No.: 36-1750680</p>"
            "<p>3333 Beverly Road, Hoffman Estates, Illinois 60179 (847) 286-2500</p>"
            "<p>(Address of principal executive offices) (Zip Code) (Registrant's telephone "
            "number, including area code)</p>"
            "<p>Item 5. Other Events.</p><p>On July 22, 2004, Sears reported its results.</p>"
            "</body></html>")
    (reg,) = validate(parse(html.encode(), "sears.htm"))["registrants"]
    assert reg == {**_SEARS_REGISTRANT, "cik": None}


def test_phone_one_blank_after_the_zip_under_its_own_caption() -> None:
    # the zip and the telephone number in columns one blank apart: the area code is the
    # number's, not the zip's
    assert _sears_rows(
        "                                    New York\n"
        "                 (State or Other Jurisdiction of Incorporation)\n\n"
        "          1-416                                        36-1750680\n"
        " (Commission File Number)                   (IRS Employer Identification No.)\n\n"
        "3333 Beverly Road, Hoffman Estates, Illinois     60179 (847) 286-2500\n"
        "(Address of principal executive offices)      (Zip Code)   (Telephone Number)\n"
    ) == _SEARS_REGISTRANT


def test_long_runs_of_numbers_after_a_number_caption_are_linear() -> None:
    # ~200 KB of numbers and of zip-and-phone words under the captions
    rows = ("     Commission File Number: " + "1-416 " * 30000 + "\n\n"
            "3333 Beverly Road     " + "60179 (847) 286-2500 " * 10000 + "\n"
            "(Address of principal executive offices)      (Zip Code)   (Telephone Number)\n")
    start = time.process_time()
    edited_record(SEARS, {_SEARS_ROWS: rows})
    assert time.process_time() - start < 5


_PERKINELMER = FILINGS / "10k405_2001_perkinelmerinc_1.txt"
_FISCAL_YEAR = "                  FOR THE FISCAL YEAR ENDED DECEMBER 31, 2000\n"


@pytest.mark.parametrize("line", [
    "                  FOR THE FISCAL YEAR ENDED\n                  DECEMBER 31, 2000\n",
    "                  FOR THE FIFTY-TWO WEEKS ENDED DECEMBER 31, 2000\n"],
    ids=["wrapped", "weeks"])
def test_10k405_box_with_the_fiscal_years_date_wrapped_or_in_weeks(line: str) -> None:
    # PerkinElmer's 10-K405 text alone (no <TYPE> line to name it), its fiscal year's date
    # on the line under its caption, or its year counted in weeks: the checked Item 405 box
    # of a year before 2002 makes it a 10-K405
    text = _PERKINELMER.read_text(encoding="latin-1")
    text = text[text.index("<TEXT>") + len("<TEXT>") :]
    assert _FISCAL_YEAR in text
    record = validate(parse(text.replace(_FISCAL_YEAR, line).encode("latin-1"), "10k.txt"))
    assert (record["form_type"], record["report_date"]) == ("10-K405", "2000-12-31")
