"""Cover page: the column reader, the dates, the address split, and header merging.

Every case is a cover copied from a real filing (the file is named beside it).
"""

from __future__ import annotations

import re

import pytest

from filing2json.parsers.sections.cover import (
    cover_dates,
    cover_region,
    registrant_from_cover,
    split_address,
)
from filing2json.parsers.sections.cover_chunks import (
    _CAPTION_WORDS,
    _CHUNK,
    CAPTIONS,
    Caseless,
    caption_field,
    chunk_line,
    column_chunks,
    lowered,
)
from filing2json.parsers.sections.cover_layout import _caption_lines, read_captioned
from filing2json.parsers.sections.cover_names import same_company
from filing2json.parsers.sections.cover_securities import securities_from_text
from filing2json.parsers.sections.cover_table import _HEADER, read_registrant_table
from support import FILINGS, SAMPLES, filing, sample

# samples/000: captions under values, three columns, state/file/IRS labels run together
SEED_COVER = (SAMPLES / "000_af6957f9859c0735.txt").read_text()[:1400]


def test_seed_cover_by_column() -> None:
    (found,) = read_captioned(SEED_COVER)
    assert found == {
        "name": "CTC COMMUNICATIONS GROUP, INC.",
        "state": "Delaware",
        "commission_file_number": "0-27505",
        "irs_employer_id": "04-3469590",
        "address": "220 Bear Hill Rd., Waltham, Massachusetts",
        "zip": "02451",
        "phone": "(781) 466-8080",
    }


def test_seed_dates_on_two_lines() -> None:
    # "Date of Report   August 3, 2000" / "(Date of earliest event reported)  (August 2, 2000)"
    assert cover_dates(SEED_COVER) == ("2000-08-03", "2000-08-02")


def _primary_cover(name: str) -> str:
    text = (FILINGS / name).read_text(errors="replace")
    return cover_region(text[text.find("<TEXT>") + 6 :])


def test_values_joined_by_one_space_are_cut_by_column() -> None:
    # "0-27568 65-0617076" stands over "(Commission File Number) (IRS Employer ...)"
    (found,) = read_captioned(_primary_cover("8k_2000_innovativeclinicalsolu_3.txt"))
    assert found["commission_file_number"] == "0-27568"
    assert found["irs_employer_id"] == "65-0617076"
    assert found["address"] == "10 Dorrance Street, Suite 400, Providence, RI 02903"


def test_address_over_two_lines_with_zip_caption_beside_it() -> None:
    # 3333 Beverly Road        60179 / Hoffman Estates, Illinois   (Zip code)
    (found,) = read_captioned(_primary_cover("8k_2004_searsroebuckandco_2.txt"))
    assert found["address"] == "3333 Beverly Road, Hoffman Estates, Illinois"
    assert found["zip"] == "60179"
    assert found["phone"] == "(847) 286-2500"  # "...including area code: (847) 286-2500"
    assert found["former_name"] == "Not Applicable"  # "(Former name ...): Not Applicable"


def test_blank_line_between_values_and_captions() -> None:
    (found,) = read_captioned(_primary_cover("8k_1996_cotelligentgroupinc_4.txt"))
    assert found["state"] == "DELAWARE"
    assert found["commission_file_number"] == "0-25372"
    assert found["irs_employer_id"] == "94-3173918"
    assert found["zip"] == "94111"


@pytest.mark.parametrize(
    ("name", "dates"),
    [
        # "Date of Report:  September 3, 1999" / "Date of earliest\n event reported:  ..."
        ("8k_1999_applecomputerinc_1.txt", ("1999-09-03", "1999-09-03")),
        # "Date of Report (Date of earliest event reported): July 22, 2004"
        ("8k_2004_searsroebuckandco_2.txt", ("2004-07-22", "2004-07-22")),
        # "Date of Report (Date of earliest event reported) November 19, 2007"
        ("8k_2007_expertelligenceinc_1.txt", ("2007-11-19", "2007-11-19")),
        # "November 25, 1996" above a "(Date of Report)" caption: no event date stated
        ("8k_1996_cotelligentgroupinc_4.txt", ("1996-11-25", None)),
        # one combined caption, then the report's date and the event's in brackets:
        # "Date of Report (Date of earliest event reported): March 14, 2002 (March 6, 2002)"
        ("8k_2002_pericomsemiconductorco_1.txt", ("2002-03-14", "2002-03-06")),
        ("8k_2005_pericomsemiconductorco_7.txt", ("2005-07-19", "2005-07-15")),
    ],
)
def test_cover_date_spellings(name: str, dates: tuple[str | None, str | None]) -> None:
    assert cover_dates(_primary_cover(name)) == dates


def test_report_and_event_dates_on_one_html_line() -> None:
    # the Pericom spelling in HTML, wrapped in the source: "August 19, 2009 (August 3,\n2009)"
    record = filing("8k_2009_expertelligenceinc_1.txt")
    assert (record["report_date"], record["event_date"]) == ("2009-08-19", "2009-08-03")


def test_the_event_date_bracketed_on_the_line_below() -> None:
    # as 2000s text covers print it: the event's date in brackets under the report's
    region = (
        "    Date of Report (Date of earliest event reported):  January 12, 2005\n"
        "                                                      (January 10, 2005)\n"
        "\n"
        "                          BLUE RIVER BANCSHARES, INC.\n"
        "           (Exact name of registrant as specified in its charter)\n")
    assert cover_dates(region) == ("2005-01-12", "2005-01-10")
    # a bracketed caption below is no event date
    lines = region.split("\n")
    assert cover_dates("\n".join([lines[0], *lines[3:]])) == ("2005-01-12", "2005-01-12")


def test_the_state_in_brackets_under_the_name() -> None:
    # "(A Delaware Corporation)" between the name and its caption is the state, and does not
    # close the name's column as a caption would (laid out as utility covers print it)
    (found,) = read_captioned(
        "                              ACME CORP.\n"
        "                          (A Delaware Corporation)\n"
        "             (Exact name of registrant as specified in its charter)\n")
    assert found == {"name": "ACME CORP.", "state": "Delaware"}
    reg = registrant_from_cover(found)
    assert (reg["name"], reg["state_of_incorporation"]) == ("ACME CORP.", "Delaware")


def test_both_dates_above_the_combined_caption() -> None:
    # the dates printed over the caption, the event's in brackets (maybe over a rule)
    for rule in ("", "     -------------------------\n"):
        region = ("                  May 5, 2008 (May 1, 2008)\n" + rule +
                  "   Date of Report (Date of earliest event reported)\n\n"
                  "                          ACME CORP.\n")
        assert cover_dates(region) == ("2008-05-05", "2008-05-01")
    assert cover_dates("                  May 5, 2008\n"
                       "   Date of Report (Date of earliest event reported)\n") == (
        "2008-05-05", "2008-05-05")


def test_a_monthly_report_is_dated_the_last_day_of_its_month() -> None:
    # a foreign issuer's 6-K prints a month, not a day; EDGAR files it under the month's end
    region = (
        "                                   FORM 6-K\n\n"
        "                       REPORT OF FOREIGN PRIVATE ISSUER\n"
        "                     PURSUANT TO RULE 13a-16 OR 15d-16 OF\n"
        "                      THE SECURITIES EXCHANGE ACT OF 1934\n\n"
        "                        For the month of {month}\n\n"
        "                       Commission File Number: 001-14930\n")
    assert cover_dates(region.format(month="March, 2009")) == ("2009-03-31", None)
    assert cover_dates(region.format(month="February 2008")) == ("2008-02-29", None)
    assert cover_dates(region.format(month="December 2010")) == ("2010-12-31", None)
    assert cover_dates(region.format(month="the year 2010")) == (None, None)


def test_a_date_over_a_rule_above_its_caption() -> None:
    region = (
        "                               June 3, 1996\n"
        "              ------------------------------------------------\n"
        "              Date of Report (Date of earliest event reported)\n")
    assert cover_dates(region) == ("1996-06-03", "1996-06-03")
    # the rule is skipped, prose is not: a date in a sentence two lines up is no value
    region = region.replace("June 3, 1996", "On June 3, 1996, the Company sold its Elko mine")
    assert cover_dates(region) == (None, None)


def test_split_address() -> None:
    assert split_address("1 Infinite Loop, Cupertino, California 95014", None) == {
        "street": "1 Infinite Loop", "city": "Cupertino", "state": "California",
        "zip": "95014"}
    assert split_address("10 Dorrance Street, Suite 400, Providence, RI 02903", None) == {
        "street": "10 Dorrance Street, Suite 400", "city": "Providence", "state": "RI",
        "zip": "02903"}


@pytest.mark.parametrize(("text", "zip_code", "street", "city"), [
    # ExperTelligence's 8-K of 2007: a rural route run into the town
    ("83 Stanley Road, UN 1 Box 103, RR6 Woodville, Ontario", "K0M 2T0",
     "83 Stanley Road, UN 1 Box 103, RR6", "Woodville"),
    ("4460 Highway 7, R.R. #2 Bath, Ontario", "K0H 1G0", "4460 Highway 7, R.R. #2", "Bath"),
    ("1200 County Road 12, Rural Route 3 Dundee, Illinois", "60118",
     "1200 County Road 12, Rural Route 3", "Dundee"),
])
def test_a_rural_route_run_into_the_city_stays_in_the_street(
        text: str, zip_code: str, street: str, city: str) -> None:
    found = split_address(text, zip_code)
    assert (found["street"], found["city"]) == (street, city)


def test_split_address_reads_back_what_the_zip_column_caught() -> None:
    # the address wraps under "(Zip Code)": the zip column holds its last words
    assert split_address("2380 Bering Drive, San Jose,", "California 95131") == {
        "street": "2380 Bering Drive", "city": "San Jose", "state": "California",
        "zip": "95131"}
    assert split_address("2200 Renaissance Boulevard, Suite 300, King of",
                         "Prussia, Pennsylvania 19406") == {
        "street": "2200 Renaissance Boulevard, Suite 300", "city": "King of Prussia",
        "state": "Pennsylvania", "zip": "19406"}
    # a postal code alone stays the zip, a foreign one too
    assert split_address("One CNN Center, Atlanta, Georgia", "30303")["zip"] == "30303"
    # Lexington's ZIP+4 (8k_2003_louisvillegasandelectr_1.htm) is no telephone number
    assert split_address("One Quality Street, Lexington, Kentucky", "40507-1428")["zip"] == (
        "40507-1428")
    assert split_address("Mariahoeveplein 50, The Hague", "2591 TV")["zip"] == "2591 TV"


def test_split_address_city_state_suite_and_country() -> None:
    # only the city line was read: no street
    assert split_address("Cupertino, California 95014", None) == {
        "street": None, "city": "Cupertino", "state": "California", "zip": "95014"}
    # the suite ran into the city's name
    assert split_address("2101 Vista Parkway, Suite 292 West Palm Beach, FL", "33411") == {
        "street": "2101 Vista Parkway, Suite 292", "city": "West Palm Beach", "state": "FL",
        "zip": "33411"}
    assert split_address(
        "Suite 206 - 1045 West 8th Avenue, Vancouver, British Columbia, Canada V6H 1C3", None
    ) == {"street": "Suite 206 - 1045 West 8th Avenue", "city": "Vancouver",
          "state": "British Columbia", "zip": "V6H 1C3"}


def test_a_registration_statements_industry_code_column() -> None:
    # a text S-1's three columns (as 2000s registration statements print them): the SIC
    # code's column has a caption of its own, so "8731" no longer runs into the state
    cover = (
        "                           BLUEWATER GENOMICS, INC.\n"
        "            (Exact name of registrant as specified in its charter)\n\n"
        "        Delaware                      8731                    52-2345678\n"
        "(State or other jurisdiction   (Primary Standard Industrial  (I.R.S. Employer\n"
        " of incorporation or            Classification Code Number)   Identification\n"
        " organization)                                                 Number)\n")
    (found,) = read_captioned(cover)
    assert (found["state"], found["irs_employer_id"]) == ("Delaware", "52-2345678")


def test_a_postcode_printed_before_the_city() -> None:
    # a 6-K's foreign address (as European issuers print it): the postcode leads the city
    assert split_address("Strandveien 50, 1366 Lysaker, Norway", None) == {
        "street": "Strandveien 50", "city": "Lysaker", "state": "Norway", "zip": "1366"}
    assert split_address("Maximilianstrasse 12, D-80331 Munich, Germany", None) == {
        "street": "Maximilianstrasse 12", "city": "Munich", "state": "Germany",
        "zip": "D-80331"}
    # a zip already read stands; a number that is a street's stays in the street
    assert split_address("1366 Lysaker Road, Boise, Idaho", "83702")["zip"] == "83702"
    assert split_address("1366 Lysaker Road, Boise, Idaho", None)["street"] == (
        "1366 Lysaker Road")


def test_a_blank_line_parts_only_a_street_from_its_city() -> None:
    # a name line over a blank line is not taken into the address
    cover = (
        "Apple Inc.\n\nCupertino, California 95014\n"
        "(Address of principal executive offices) (Zip Code)\n"
    )
    assert read_captioned(cover)[0]["address"] == "Cupertino, California 95014"
    cover = cover.replace("Apple Inc.", "1 Infinite Loop")
    assert read_captioned(cover)[0]["address"] == "1 Infinite Loop, Cupertino, California 95014"


def test_split_address_rejects_phones_and_street_lines_as_zip() -> None:
    assert split_address("(917) 533-1469", "(917) 533-1469") is None
    assert split_address("THE COMPANY", "125 State Street")["zip"] is None


@pytest.mark.parametrize("name,address", [
    # "3345 North First Street, San Jose," over "California 95134" in the zip column
    ("8k_2005_pericomsemiconductorco_4.txt",
     ("3345 North First Street", "San Jose", "California", "95134")),
    # "510 Lake Cook Road," then "Suite 100, Deerfield, Illinois 60015" under "(Zip Code)"
    ("8k_2022_caterpillarinc_1.txt",
     ("510 Lake Cook Road, Suite 100", "Deerfield", "Illinois", "60015")),
    ("8k_1998_homehealthcorpofameric_2.txt",
     ("2200 Renaissance Boulevard, Suite 300", "King of Prussia", "Pennsylvania", "19406")),
    ("20f_2021_plymouthrocktechnologi_1.htm",
     ("Suite 206 - 1045 West 8th Avenue", "Vancouver", "British Columbia", "V6H 1C3")),
    # HTML covers: "1 Infinite Loop", a blank line, "Cupertino, California 95014", caption
    ("8k_2015_appleinc_1.txt", ("1 Infinite Loop", "Cupertino", "California", "95014")),
    ("8k_2012_waltdisneyco_1.txt",
     ("500 South Buena Vista Street", "Burbank", "California", "91521")),
    # Southern 2007: a street's quadrant run into the city goes with the street
    ("8k_2007_southernco_2.txt",
     ("30 Ivan Allen Jr. Blvd., N.W.", "Atlanta", "Georgia", "30308")),
])
def test_cover_addresses_of_real_filings(name: str, address: tuple[str, ...]) -> None:
    found = filing(name)["registrants"][0]["address"]
    assert (found["street"], found["city"], found["state"], found["zip"]) == address


def test_company_names_compare_across_spellings() -> None:
    assert same_company("CTC COMMUNICATIONS GROUP, INC.", "CTC COMMUNICATIONS GROUP INC")
    assert same_company("SEARS, ROEBUCK AND CO.", "SEARS ROEBUCK & CO")
    assert same_company("UNION CAMP CORPORATION", "UNION CAMP CORP")
    assert same_company("Home Health Corporation of America, Inc.",
                        "HOME HEALTH CORP OF AMERICA INC \\PA\\")
    assert not same_company("UNION CAMP CORPORATION", "UNION BAG CAMP PAPER CORP")


def test_seed_registrant_in_record() -> None:
    (reg,) = sample("000")["registrants"]
    assert reg == {
        "name": "CTC COMMUNICATIONS GROUP, INC.", "cik": None,
        "state_of_incorporation": "Delaware", "commission_file_number": "0-27505",
        "irs_employer_id": "04-3469590",
        "address": {"street": "220 Bear Hill Rd.", "city": "Waltham",
                    "state": "Massachusetts", "zip": "02451"},
        "phone": "(781) 466-8080", "former_name": None,
    }


def test_cover_merged_with_header_keeps_cover_and_takes_cik() -> None:
    record = filing("8k_1999_applecomputerinc_1.txt")
    (reg,) = record["registrants"]
    assert reg["name"] == "Apple Computer, Inc."  # as printed on the cover
    assert reg["cik"] == "0000320193"  # from the header
    assert reg["state_of_incorporation"] == "California"
    assert reg["commission_file_number"] == "0-10030"
    assert reg["irs_employer_id"] == "94-2404110"
    assert reg["address"] == {"street": "1 Infinite Loop", "city": "Cupertino",
                              "state": "California", "zip": "95014"}
    assert reg["phone"] == "(408) 996-1010"
    assert reg["former_name"] is None  # "Not Applicable"
    assert record["report_date"] == "1999-09-03"
    assert not [w for w in record["warnings"] if w["code"] == "cover_mismatch"]


def test_html_cover_cells_and_printed_name_over_tagged_name() -> None:
    # NVIDIA 2026 iXBRL: dei:EntityRegistrantName is "NVIDIA CORP"; the cover prints the name
    record = filing("8k_2026_nvidiacorp_1.txt")
    (reg,) = record["registrants"]
    assert reg["name"] == "NVIDIA CORPORATION"
    assert reg["cik"] == "0001045810"
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Delaware", "0-23985", "94-3177549")
    assert reg["address"] == {"street": "2788 San Tomas Expressway", "city": "Santa Clara",
                              "state": "CA", "zip": "95051"}
    assert reg["phone"] == "(408) 486-2000"
    assert reg["former_name"] is None  # "Not Applicable"
    assert (record["report_date"], record["event_date"]) == ("2026-03-02", "2026-03-02")
    assert record["securities"] == [{"title": "Common Stock, $0.001 par value per share",
                                     "trading_symbol": "NVDA",
                                     "exchange": "The Nasdaq Global Select Market"}]


def test_two_offices_take_the_first() -> None:
    # IFF 2025 lists New York and Wilmington offices, each with its zip in the zip column
    (reg,) = filing("8k_2025_internationalflavorsan_1.htm")["registrants"]
    assert reg["address"] == {"street": "521 West 57th Street", "city": "New York",
                              "state": "New York", "zip": "10019"}
    assert reg["former_name"] is None


def test_street_and_city_in_one_cell() -> None:
    # Sophiris 2016: "1258 Prospect Street La Jolla, CA" (a <br> between street and city)
    (reg,) = filing("8k_2016_sophirisbioinc_1.htm")["registrants"]
    assert reg["address"] == {"street": "1258 Prospect Street", "city": "La Jolla",
                              "state": "CA", "zip": "92037"}
    assert reg["state_of_incorporation"] == "British Columbia"


def test_street_and_city_in_one_cell_with_no_street_word() -> None:
    # Southern Co. 2007: Mississippi Power's "2992 West Beach" over "Gulfport, Mississippi
    # 39501" in one cell: "Beach" is no street word, the city is the last word
    regs = filing("8k_2007_southernco_2.txt")["registrants"]
    assert regs[4]["address"] == {"street": "2992 West Beach", "city": "Gulfport",
                                  "state": "Mississippi", "zip": "39501"}
    # two words after a city's first word; a numbered street keeps one word at least
    assert split_address("1200 Harbor Ridge San Diego, CA 92101", None)["city"] == "San Diego"
    assert split_address("12 Morgan Irvine, CA 92618", None)["street"] == "12 Morgan"
    assert split_address("100 Crossways Park West Woodbury, NY", "11797")["city"] == "Woodbury"


def test_a_buildings_name_closes_the_street() -> None:
    # "Square" is a street word, but the tower after it is still the street
    assert split_address("7 Times Square Tower New York, NY", "10036") == {
        "street": "7 Times Square Tower", "city": "New York", "state": "NY", "zip": "10036"}
    assert split_address("100 Main Street Building 5 San Jose, CA", None)["city"] == "San Jose"
    assert split_address("1 Market Street Tower A San Francisco, CA", None)["street"] == \
        "1 Market Street Tower A"


def test_combined_filing_registrant_table() -> None:
    regs = filing("8k_2003_louisvillegasandelectr_1.htm")["registrants"]
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"],
             r["state_of_incorporation"], r["phone"]) for r in regs] == [
        ("Louisville Gas and Electric Company", "2-26720", "61-0264150", "Kentucky",
         "(502) 627-2000"),
        ("Kentucky Utilities Company", "1-3464", "61-0247570", "Kentucky and Virginia",
         "(859) 255-2100"),
    ]
    assert regs[1]["address"] == {"street": "One Quality Street", "city": "Lexington",
                                  "state": "Kentucky", "zip": "40507-1428"}



def test_misspelt_state_caption_and_a_file_number_with_a_word_run_into_it() -> None:
    # Cotelligent 1996 captions its state "(State of other juris-/diction of incorporation)"
    (reg,) = filing("8k_1996_cotelligentgroupinc_3.txt")["registrants"]
    assert (reg["state_of_incorporation"], reg["commission_file_number"]) == ("Delaware",
                                                                            "0-25372")
    # were that caption missed, its value would run into the next column's
    found = {"name": "COTELLIGENT GROUP, INC.", "commission_file_number": "Delaware 0-25372"}
    assert registrant_from_cover(found)["commission_file_number"] == "0-25372"
    found["commission_file_number"] = "333-46893-01"  # Aames 1998: a number with a suffix
    assert registrant_from_cover(found)["commission_file_number"] == "333-46893-01"


@pytest.mark.parametrize("name, address, phone", [
    # 1995 text: street, city line and telephone over the caption, one per line
    ("s3a_1995_pageamericagroupinc_1.txt",
     {"street": "125 State Street", "city": "Hackensack", "state": "New Jersey", "zip": "07601"},
     "(201) 342-6676"),
    # 2023 HTML: the same lines, each its own paragraph (blank lines between)
    ("s1_2023_acurxpharmaceuticalsin_1.txt",
     {"street": "259 Liberty Avenue", "city": "Staten Island", "state": "New York",
      "zip": "10305"}, "(917) 533-1469"),
])
def test_registration_statement_address_block(name: str, address: dict[str, str],
                                              phone: str) -> None:
    # "(Address, including zip code, and telephone number, including area code, of
    # registrant's principal executive offices)"; the agent for service's block below is not
    # the registrant's
    (reg,) = filing(name)["registrants"]
    assert (reg["address"], reg["phone"]) == (address, phone)


def test_cell_holding_value_over_caption() -> None:
    # Stockwalk 2001: "Minnesota<br>(State or Other Jurisdiction)" and its neighbours
    (reg,) = filing("8k_2001_stockwalkgroupinc_1.txt")["registrants"]
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Minnesota", "0-22247", "41-1756256")
    assert reg["address"] == {"street": "5500 Wayzata Boulevard, Suite 800",
                              "city": "Minneapolis", "state": "Minnesota", "zip": "55416"}
    # Acurx S-1 2023: "82-3733567 (I.R.S. Employer Identification Number)"
    assert filing("s1_2023_acurxpharmaceuticalsin_1.txt")["registrants"][0][
        "irs_employer_id"] == "82-3733567"


def test_a_registration_statement_has_no_period_of_report() -> None:
    # Page America S-3/A 1995: the prospectus's "For the fiscal year ended December 31, 1994"
    # (risk factors, inside the first 20,000 characters) is not the statement's date
    assert filing("s3a_1995_pageamericagroupinc_1.txt")["report_date"] is None
    # a 10-K's period still is
    assert filing("10k405_2001_perkinelmerinc_1.txt")["report_date"] == "2000-12-31"


def test_registrant_table_cell_on_one_line() -> None:
    # Southern Company 2007: name, "(A Delaware Corporation)", address and telephone in one
    # cell; a zip ending in 1 is not the long-distance 1 of the telephone number after it
    regs = filing("8k_2007_southernco_2.txt")["registrants"]
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"],
             r["state_of_incorporation"], r["phone"]) for r in regs[:2]] == [
        ("The Southern Company", "1-3526", "58-0690070", "Delaware", "(404) 506-5000"),
        ("Alabama Power Company", "1-3164", "63-0004250", "Alabama", "(205) 257-1000"),
    ]
    assert len(regs) == 6 and regs[5]["name"] == "Southern Power Company"
    assert regs[0]["address"] == {"street": "30 Ivan Allen Jr. Blvd., N.W.", "city": "Atlanta",
                                  "state": "Georgia", "zip": "30308"}
    assert regs[1]["address"] == {"street": "600 North 18th Street", "city": "Birmingham",
                                  "state": "Alabama", "zip": "35291"}
    assert regs[3]["address"]["street"] == "One Energy Place"


def test_registrant_table_header_spellings_and_phone_label() -> None:
    # FirstEnergy's combined filings: "Registrant; State of Incorporation; Address; and
    # Telephone Number", the telephone number led by "Telephone"
    region = (
        "Commission\tRegistrant; State of Incorporation;\tI.R.S. Employer\n"
        "File Number\tAddress; and Telephone Number\tIdentification No.\n"
        "333-21011\tFIRSTENERGY CORP.\t34-1843785\n"
        "\t(An Ohio Corporation)\n\t76 South Main Street\n\tAkron, OH 44308\n"
        "\tTelephone (800)736-3402\n"
    )
    (reg,) = read_registrant_table(region)
    assert (reg["name"], reg["state_of_incorporation"], reg["phone"]) == (
        "FIRSTENERGY CORP.", "Ohio", "(800)736-3402")
    assert reg["address"] == {"street": "76 South Main Street", "city": "Akron", "state": "OH",
                              "zip": "44308"}


# The fast paths (lowered text instead of re.I, one scan for caption lines, the chunk regex)
# must answer exactly as the plain definitions, on covers of every shape: 1990s text, old
# and new HTML, a combined filing, an S-1 of long paragraphs.
_SHAPES = ("8k_1998_aamescapitalcorp_1.txt", "8k_2000_innovativeclinicalsolu_3.txt",
           "10k405_2001_perkinelmerinc_1.txt", "8k_2003_louisvillegasandelectr_1.htm",
           "8k_2026_nvidiacorp_1.txt", "s1_2023_acurxpharmaceuticalsin_1.txt",
           "20f_2021_plymouthrocktechnologi_1.htm")  # (its translated-name caption)
# re.I folds dotless i, dotted I and long s onto i and s (str.lower() does not), and the
# Kelvin sign onto k (str.lower() does too)
_ODD = str.maketrans({"i": "\u0131", "I": "\u0130", "s": "\u017f", "k": "\u212a"})
_KELVIN = str.maketrans({"k": "\u212a", "K": "\u212a"})


def _caption_by_definition(text: str) -> str | None:
    if not any(word in text.lower() for word in _CAPTION_WORDS):
        return None
    return next((name for name, pattern in CAPTIONS if pattern.search(text)), None)


def test_caption_field_answers_as_the_re_i_spellings() -> None:
    found = set()
    for name in _SHAPES:
        for line in _primary_cover(name).split("\n"):
            for chunk in chunk_line(line.expandtabs(8), False):
                for text in (chunk.text, chunk.text.translate(_KELVIN),
                             chunk.text.translate(_ODD)):
                    field = caption_field(text)
                    assert field == _caption_by_definition(text), text
                    found.add(field)
    # no corpus cover parts its address into "(City)" and "(Country)" columns (a Bermuda
    # 8-K's, tests/test_cover_round29.py does); its caption row stands in for one
    row = ("   (Address of principal           (City)               (Country)         (Zip Code)\n"
           "    executive offices)")
    for line in row.split("\n"):
        for chunk in chunk_line(line, False):
            assert caption_field(chunk.text) == _caption_by_definition(chunk.text), chunk.text
            found.add(caption_field(chunk.text))
    assert found == {None, *(name for name, _ in CAPTIONS)}  # every field was met


def test_caseless_search_matches_where_re_i_matches() -> None:
    labels = [Caseless(r"date\s+of\s+report"), Caseless(r"earliest\s+event|event\s+reported"),
              Caseless(r"(?:fiscal\s+year|quarterly\s+period|period|month)\s+ended"),
              Caseless(r"title\s+of\s+(?:each\s+)?class"), _HEADER]
    hits = 0
    for name in _SHAPES:
        region = _primary_cover(name)
        for text, fallback in ((region, False), (region.translate(_KELVIN), False),
                               (region.translate(_ODD), True)):
            low = lowered(text)
            assert (low is None) == fallback
            for label in labels:
                for pos in (0, len(text) // 3):
                    fast, slow = label.search(text, low, pos), label.folded.search(text, pos)
                    assert (fast and fast.span()) == (slow and slow.span())
                    hits += fast is not None
    assert hits > 20


def test_caption_lines_are_the_lines_holding_a_caption_word() -> None:
    for name in _SHAPES:
        low = _primary_cover(name).lower()
        lines = [i for i, line in enumerate(low.split("\n"))
                 if any(word in line for word in _CAPTION_WORDS)]
        assert lines and _caption_lines(low) == lines


def test_chunks_are_words_joined_by_single_spaces() -> None:
    # the chunk pattern as first written: one character at a time
    plain = re.compile(r"[^\s](?:[^\s]| (?=[^\s]))*")
    for name in _SHAPES:
        for line in _primary_cover(name).split("\n"):
            for text in (line, line.replace("  ", " \xa0"), line.replace(" ", "\xa0"),
                         line.replace(" ", "\t")):
                assert [m.span() for m in _CHUNK.finditer(text)] == \
                    [m.span() for m in plain.finditer(text)]


def test_read_captioned_takes_the_callers_lowered_region() -> None:
    region = _primary_cover("8k_2000_innovativeclinicalsolu_3.txt")
    (found,) = read_captioned(region, False, region.lower())
    assert found == read_captioned(region)[0]
    assert found["irs_employer_id"] == "65-0617076"


def test_column_chunks_cut_as_chunk_line() -> None:
    # the signature and securities readers skip the caption tests, not the cuts
    split = 0
    for name in _SHAPES:
        for line in [*_primary_cover(name).split("\n"), *SEED_COVER.split("\n")]:
            for cells, text in ((False, line.expandtabs(8)), (True, line)):
                cut = [(c.start, c.end, c.text) for c in chunk_line(text, cells)]
                assert [(c.start, c.end, c.text) for c in column_chunks(text, cells)] == cut
                split += len(cut) > len(_CHUNK.findall(text)) and not cells
    assert split >= 2  # "(State or other jurisdiction (Commission" in the seed is cut in two
    seed = next(line for line in SEED_COVER.split("\n") if "(Commission" in line)
    assert [c.text for c in column_chunks(seed, False)] == [
        "(State or other jurisdiction", "(Commission", "(IRS Employer"]


def test_section_12b_tables_of_old_covers() -> None:
    # PerkinElmer 10-K405 2001: heads underlined with "-------", no symbol column yet
    assert filing("10k405_2001_perkinelmerinc_1.txt")["securities"] == [
        {"title": "COMMON STOCK, $1 PAR VALUE", "trading_symbol": None,
         "exchange": "NEW YORK STOCK EXCHANGE, INC."},
        {"title": "PREFERRED SHARE PURCHASE RIGHTS", "trading_symbol": None,
         "exchange": "NEW YORK STOCK EXCHANGE, INC."},
    ]
    # Aegon 20-F 2000: the table is preformatted text inside the HTML
    assert filing("20f_2001_aegonnv_1.htm")["securities"] == [
        {"title": "Common shares, EUR 0.12 per share", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]


def test_section_12b_table_after_the_check_boxes() -> None:
    # An 8-K of 2019 on prints the table after the check boxes that end the cover region.
    # IFF 2025: read as printed (the iXBRL facts say "NYSE"), a symbol with a space kept
    assert filing("8k_2025_internationalflavorsan_1.htm")["securities"] == [
        {"title": "Common Stock, par value 12 1/2\u00a2 per share", "trading_symbol": "IFF",
         "exchange": "New York Stock Exchange"},
        {"title": "1.800% Senior Notes due 2026", "trading_symbol": "IFF 26",
         "exchange": "New York Stock Exchange"}]
    # Apple 2024: "\u2014" in the symbol column of its notes is no symbol
    apple = filing("8k_2024_appleinc_1.txt")["securities"]
    assert apple[:2] == [
        {"title": "Common Stock, $0.00001 par value per share", "trading_symbol": "AAPL",
         "exchange": "The Nasdaq Stock Market LLC"},
        {"title": "0.000% Notes due 2025", "trading_symbol": None,
         "exchange": "The Nasdaq Stock Market LLC"}]
    assert len(apple) == 9 and all(s["trading_symbol"] is None for s in apple[1:])


def test_section_12b_cells_stacking_several_securities() -> None:
    # Oracle 2019: three titles stacked in one cell, the exchange three times in the next,
    # ORCL once at the top; the iXBRL cover was not yet tagged, so the text is all there is
    assert filing("8k_2019_oraclecorp_1.txt")["securities"] == [
        {"title": "Common Stock, par value $0.01 per share", "trading_symbol": "ORCL",
         "exchange": "New York Stock Exchange"},
        {"title": "2.25% senior notes due January 2021", "trading_symbol": None,
         "exchange": "New York Stock Exchange"},
        {"title": "3.125% senior notes due July 2025", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]
    # one title naming a rate after "of" is not cut; a stacked symbol cell is split too
    region = ("Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "Depositary Shares, each representing a 1/1,000th interest in a share of 5.375% "
              "Series A Preferred Stock\tXPRA\tNYSE\n"
              "Common Stock, $0.01 par value 4.50% Notes due 2030\tXX XX30\tNYSE NYSE\n")
    assert securities_from_text(region, True) == [
        {"title": "Depositary Shares, each representing a 1/1,000th interest in a share of "
                  "5.375% Series A Preferred Stock", "trading_symbol": "XPRA", "exchange": "NYSE"},
        {"title": "Common Stock, $0.01 par value", "trading_symbol": "XX", "exchange": "NYSE"},
        {"title": "4.50% Notes due 2030", "trading_symbol": "XX30", "exchange": "NYSE"}]


def test_section_12b_table_listing_nothing_and_a_title_caption() -> None:
    # Plymouth Rock 20-F: "None    Not applicable"
    assert filing("20f_2021_plymouthrocktechnologi_1.htm")["securities"] == []
    # CVR Energy SC TO-T/A: "(Title of Class of Securities)" captions the value above it;
    # the CUSIP below is no security
    assert filing("sctota_2025_cvrenergyinc_1.txt")["securities"] == []


def test_a_foreign_issuers_translated_name() -> None:
    # A 6-K prints only "(Translation of registrant's name into English)" under the name
    # (laid out as 6-K covers print it; the corpus has no 6-K)
    cover = ("                                  FORM 6-K\n\n"
             "                       Commission File Number: 1-14846\n\n"
             "                              NORDIC TELECOM ASA\n"
             "              (Translation of registrant's name into English)\n\n"
             "                             Snaroyveien 30\n"
             "                          N-1331 Fornebu, Norway\n"
             "                (Address of principal executive offices)\n")
    (found,) = read_captioned(cover, False)
    reg = registrant_from_cover(found)
    assert (reg["name"], reg["commission_file_number"]) == ("NORDIC TELECOM ASA", "1-14846")
    # a 20-F prints it under the exact name, left blank: one registrant, its fields kept
    (reg,) = filing("20f_2021_plymouthrocktechnologi_1.htm")["registrants"]
    assert reg["name"] == "PLYMOUTH ROCK TECHNOLOGIES INC."
    assert reg["state_of_incorporation"] == "British Columbia, Canada"
    assert reg["address"]["city"] == "Vancouver"


def test_a_file_number_after_its_caption_with_no_colon() -> None:
    # "Commission File Number 1-6746" (Indiana Bell 1999), "COMMISSION FILE NUMBER 1-5075"
    # (PerkinElmer 2001), "Commission file number <gap> 0-14071" (Aegon 2001, HTML)
    for name, number in (("10q_1999_indianabelltelephoneco_1.txt", "1-6746"),
                         ("10k405_2001_perkinelmerinc_1.txt", "1-5075"),
                         ("20f_2001_aegonnv_1.htm", "0-14071")):
        assert filing(name)["registrants"][0]["commission_file_number"] == number
    (found,) = read_captioned("                 Commission File No. 0-21234\n")
    assert found == {"commission_file_number": "0-21234"}
    # a letter's "File No. 333-123596" is the registration statement's (Alltel 2005 CORRESP)
    assert filing("corresp_2005_alltelcorp_1.txt")["registrants"][0][
        "commission_file_number"] is None


def test_a_telephone_number_with_a_slash() -> None:
    # "814/452-2111" (Zurn 1994's contact line); covers of the time print it so too
    cover = ("  Registrant's telephone number, including area code:  814/452-2111\n")
    (found,) = read_captioned(cover)
    assert registrant_from_cover(found)["phone"] == "814/452-2111"


@pytest.mark.parametrize("line", [
    "Registrant's telephone number, including area code (713) 555-0100",
    "Registrant's telephone number, including area code        (713) 555-0100",
    "(Registrant's telephone number, including area code) (713) 555-0100",
    "Registrant's telephone number, including area code\t(713) 555-0100",
])
def test_a_telephone_number_after_its_caption_with_no_colon(line: str) -> None:
    # the number after the caption on its line, run on or in a column (or cell) of its own
    (found,) = read_captioned(line + "\n", cells="\t" in line)
    assert registrant_from_cover(found)["phone"] == "(713) 555-0100"
    # a caption beside it is no number
    assert read_captioned("(Registrant's telephone number, including area code)    "
                          "(Zip Code)\n") == []


def test_a_schedule_13gs_date_of_event() -> None:
    # Schedule 13D/13G covers caption the date "(Date of Event Which Requires Filing of this
    # Statement)" (laid out as they print it; the corpus has no 13G)
    cover = ("                                  SCHEDULE 13G\n\n"
             "                                    004567109\n"
             "                                 (CUSIP Number)\n\n"
             "                                December 31, 2009\n"
             "             (Date of Event Which Requires Filing of this Statement)\n")
    assert cover_dates(cover) == ("2009-12-31", "2009-12-31")


def test_an_abbreviated_directional_after_a_street_suffix_stays_in_the_street() -> None:
    # "Ave. S." names the street (Minneapolis prints its avenues so): printed on one line
    # with the city, the directional is no part of the city's name
    minneapolis = {"street": "100 Washington Ave. S.", "city": "Minneapolis",
                   "state": "Minnesota", "zip": "55401"}
    cover = ("  100 Washington Ave. S. Minneapolis, Minnesota          55401\n"
             "  (Address of principal executive offices)                 (Zip Code)\n")
    (found,) = read_captioned(cover)
    assert registrant_from_cover(found)["address"] == minneapolis
    for text in ("100 Washington Ave. S. Minneapolis, Minnesota 55401",
                 "100 Washington Ave. S., Minneapolis, Minnesota 55401"):
        assert split_address(text, None) == minneapolis
    assert split_address("1000 Fifth Avenue N.W. Washington, DC 20001", None) == {
        "street": "1000 Fifth Avenue N.W.", "city": "Washington", "state": "DC",
        "zip": "20001"}
    assert split_address("800 Main Street NE Roanoke, VA", "24011")["city"] == "Roanoke"
    # a directional word, or a letter opening a two-word city, stays the city's
    assert split_address("601 Gateway Boulevard South San Francisco, CA 94080", None) == {
        "street": "601 Gateway Boulevard", "city": "South San Francisco", "state": "CA",
        "zip": "94080"}
    for text, city in (("1 Clematis Street West Palm Beach, FL", "West Palm Beach"),
                       ("100 Main Street South Bend, IN", "South Bend"),
                       ("400 Main Street East Hartford, CT", "East Hartford"),
                       ("601 Gateway Blvd. S. San Francisco, CA", "S. San Francisco")):
        assert split_address(text, None)["city"] == city, text


def test_a_bermuda_postcode_after_the_city() -> None:
    # Bermuda prints its postcode (two letters, two digits or a box's two letters) after
    # the city, before the country
    clarendon = {"street": "Clarendon House, 2 Church Street", "city": "Hamilton",
                 "state": "Bermuda", "zip": "HM 11"}
    cover = ("  Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda\n"
             "  (Address of principal executive offices)\n")
    (found,) = read_captioned(cover)
    assert registrant_from_cover(found)["address"] == clarendon
    for text in ("Clarendon House, 2 Church Street, Hamilton HM 11, Bermuda",
                 "Clarendon House, 2 Church Street, Hamilton, HM 11, Bermuda",
                 "Clarendon House, 2 Church Street, Hamilton, Bermuda HM 11",
                 "Clarendon House, 2 Church Street, Hamilton HM 11 Bermuda"):
        assert split_address(text, None) == clarendon, text
    assert split_address("Wessex House, 45 Reid Street, Hamilton HM DX, Bermuda", None) == {
        "street": "Wessex House, 45 Reid Street", "city": "Hamilton", "state": "Bermuda",
        "zip": "HM DX"}
    assert split_address("22 Victoria Street, Hamilton HM12, Bermuda", None)["zip"] == "HM12"
    # a state's code and a cut-off zip are no postcode of that shape, nor is a US route in
    # the street
    assert split_address("100 Main Street, Dallas TX 75", None)["zip"] is None
    assert split_address("One Main Street, Springfield, MA 01", None)["zip"] is None
    assert split_address("1234 US 19, Clearwater, FL", None) == {
        "street": "1234 US 19", "city": "Clearwater", "state": "FL", "zip": None}


def test_uk_and_canadian_postcodes_before_the_country() -> None:
    assert split_address("30 St Mary Axe, London EC3A 8EP, United Kingdom", None) == {
        "street": "30 St Mary Axe", "city": "London", "state": "United Kingdom",
        "zip": "EC3A 8EP"}
    assert split_address("100 King Street West, Toronto, Ontario M5H 2Y4, Canada", None) == {
        "street": "100 King Street West", "city": "Toronto", "state": "Ontario",
        "zip": "M5H 2Y4"}


def test_a_former_address_under_the_former_name_caption_is_no_name() -> None:
    # Expertelligence 2009 moved: "2300 Palm Beach Lakes Boulevard, Suite 218, West Palm
    # Beach, FL 33409" over "(Former name or former address, if changed since last report.)"
    assert filing("8k_2009_expertelligenceinc_1.txt")["registrants"][0]["former_name"] is None
    caption = "         (Former name or former address, if changed since last report)\n"
    for above, name in (
        # a name over the old address: the name only
        ("                 ExperTelligence, Inc.\n"
         "    2300 Palm Beach Lakes Boulevard, West Palm Beach, FL 33409\n",
         "ExperTelligence, Inc."),
        # a name that opens with figures, and no address, is a name
        ("                 724 Solutions Inc.\n", "724 Solutions Inc."),
    ):
        (found,) = read_captioned(above + caption)
        assert registrant_from_cover(found)["former_name"] == name


def test_both_dates_on_the_line_under_the_combined_caption() -> None:
    # "Date of Report (Date of earliest event reported):" / "August 2, 2005 (August 1, 2005)"
    assert cover_dates(_primary_cover("8k_2005_pericomsemiconductorco_8.txt")) == (
        "2005-08-02", "2005-08-01")
    region = (
        "                 Date of Report (Date of earliest event reported)\n"
        "\n"
        "                      March 3, 2008 (February 28, 2008)\n"
        "\n"
        "                              MAPLE LEAF MINES LTD.\n")
    assert cover_dates(region) == ("2008-03-03", "2008-02-28")


def test_dates_with_no_break_spaces_or_a_space_before_the_comma() -> None:
    # a text cover saved from Word keeps U+00A0; a rendered page's spans leave "March 3 , 2008"
    for date in ("March\xa03,\xa02008", "March 3 , 2008"):
        region = f"   Date of Report (Date of earliest event reported): {date}\n\n   ACME CORP.\n"
        assert cover_dates(region) == ("2008-03-03", "2008-03-03")


def test_captions_above_their_values_without_brackets() -> None:
    # Zurn 1994: "State of / Incorporation", "Commission / File Number", "IRS Employer /
    # Identification / Number" over "Pennsylvania   1-5502   25-1040754"
    (found,) = read_captioned(_primary_cover("8k_1994_zurnindustriesinc_2.txt"))
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "Pennsylvania", "1-5502", "25-1040754")
    assert filing("8k_1994_zurnindustriesinc_2.txt")["registrants"][0][
        "commission_file_number"] == "1-5502"  # as printed, not the header's "001-05502"


_CAPTIONS_ABOVE = (
    "             Date of Report (Date of earliest event reported):  October 14, 1997\n"
    "\n"
    "                          FIRST KEYSTONE FINANCIAL, INC.\n"
    "             (Exact name of registrant as specified in its charter)\n"
    "\n"
    "State or other jurisdiction       Commission File          IRS Employer\n"
    "of incorporation                  Number                   Identification No.\n"
    "---------------------------       ---------------          ------------------\n"
    "Pennsylvania                      0-25328                  23-2576479\n"
    "\n"
    "Address of principal executive offices:    22 West State Street\n"
    "                                           Media, Pennsylvania 19063\n"
    "\n"
    "Registrant's telephone number, including area code:  (610) 565-6210\n")


def test_captions_above_values_and_an_address_run_on_under_its_first_line() -> None:
    (found,) = read_captioned(_CAPTIONS_ABOVE)
    reg = registrant_from_cover(found)
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Pennsylvania", "0-25328", "23-2576479")
    assert reg["address"] == {"street": "22 West State Street", "city": "Media",
                              "state": "Pennsylvania", "zip": "19063"}
    assert reg["phone"] == "(610) 565-6210"
    # unbracketed captions under their values: the next registrant's row is not theirs
    (found,) = read_captioned(
        "        Delaware                   1-11299                72-1229752\n"
        "State or other jurisdiction   Commission File Number   IRS Employer Identification No.\n"
        "\n"
        "        Arkansas                   1-10764                71-0005900\n")
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "Delaware", "1-11299", "72-1229752")


def test_captions_above_values_in_html_cells() -> None:
    # a rendered table: caption row over value row; the address row's empty first cell is
    # dropped from the line under it
    region = (
        "FIRST KEYSTONE FINANCIAL, INC.\n"
        "(Exact name of registrant as specified in its charter)\n\n"
        "State or other jurisdiction of incorporation\tCommission File Number\t"
        "IRS Employer Identification No.\n"
        "Pennsylvania\t0-25328\t23-2576479\n\n"
        "Address of principal executive offices:\t22 West State Street\n"
        "Media, Pennsylvania 19063\n\n")
    (found,) = read_captioned(region, cells=True)
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "Pennsylvania", "0-25328", "23-2576479")
    assert found["address"] == "22 West State Street, Media, Pennsylvania 19063"


def test_values_paired_in_order_when_captions_sit_right_of_them() -> None:
    # one caption line of three bracketed captions, each wider than the value above it
    (found,) = read_captioned(
        "                         NORTHERN SKY RESOURCES INC.\n"
        "            (Exact name of registrant as specified in its charter)\n"
        "\n"
        "          Ontario, Canada                   001-31234               98-0123456\n"
        "(State or other jurisdiction of incorporation)  (Commission File Number)  "
        "(IRS Employer Identification No.)\n")
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "Ontario, Canada", "001-31234", "98-0123456")


def test_address_line_running_under_the_postal_code_caption() -> None:
    (found,) = read_captioned(
        "    200 Bay Street, Suite 3800, Royal Bank Plaza, South Tower\n"
        "                  Toronto, Ontario, Canada  M5J 2J2\n"
        "            (Address of principal executive offices)  (Postal Code)\n")
    reg = registrant_from_cover(found)
    assert reg["address"] == {
        "street": "200 Bay Street, Suite 3800, Royal Bank Plaza, South Tower",
        "city": "Toronto", "state": "Ontario", "zip": "M5J 2J2"}


def test_telephone_caption_with_a_colon() -> None:
    (found,) = read_captioned(
        "                 100 Main Street, New York, New York 10001\n"
        "                 (Address of principal executive offices)\n"
        "\n"
        "                      Telephone: (212) 555-1234\n")
    assert found["phone"] == "(212) 555-1234"


def test_registrant_table_led_by_the_exact_name_caption() -> None:
    # Exelon 2005: "Commission File Number | Exact Name of Registrant as Specified in Its
    # Charter; State of Incorporation; Address ...; and Telephone Number | IRS Employer ..."
    (reg,) = filing("8k_2005_exeloncorp_1.txt")["registrants"]
    assert (reg["name"], reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"], reg["phone"]) == (
        "EXELON CORPORATION", "Pennsylvania", "1-16169", "23-2990190", "(312) 394-7398")
    assert (reg["address"]["city"], reg["address"]["zip"]) == ("Chicago", "60680-5379")


def test_securities_table_with_the_exchange_head_over_two_lines() -> None:
    # 10-K 1997: "Name of each exchange on" above, "which registered" beside the title head
    region = (
        "         Securities registered pursuant to Section 12(b) of the Act:\n"
        "\n"
        "                                               Name of each exchange on\n"
        "          Title of each class                       which registered\n"
        "          -------------------                  ------------------------\n"
        "  Common Stock, Par Value $.10                  New York Stock Exchange\n"
        "  Preferred Stock Purchase Rights               New York Stock Exchange\n"
        "\n"
        "       Securities registered pursuant to Section 12(g) of the Act: None\n")
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, Par Value $.10", "trading_symbol": None,
         "exchange": "New York Stock Exchange"},
        {"title": "Preferred Stock Purchase Rights", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]


def test_telephone_number_on_the_line_under_its_caption() -> None:
    (found,) = read_captioned(
        "   100 Main Street, New York, New York                            10001\n"
        "   (Address of principal executive offices)                     (Zip Code)\n"
        "\n"
        "Registrant's telephone number, including area code:\n"
        "(212) 555-1234\n")
    assert found["phone"] == "(212) 555-1234"


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("FOR THE QUARTER ENDED JUNE 30, 1995", "1995-06-30"),
        ("For the year ended December 31, 1996", "1996-12-31"),
        ("For the nine months ended September 30, 1997", "1997-09-30"),
        ("For the fiscal year ending December 31, 2007", "2007-12-31"),
    ],
)
def test_period_spellings_of_1990s_reports(label: str, date: str) -> None:
    region = (
        "                                   FORM 10-Q\n\n"
        "[X]  QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES\n"
        "     EXCHANGE ACT OF 1934\n\n"
        f"     {label}\n\n"
        "                        Commission file number 0-19807\n")
    assert cover_dates(region) == (date, None)
    # far down the cover, a press release's "for the quarter ended" states no period
    filler = "The Company reported record sales for the period.\n" * 80
    assert cover_dates("FORM 8-K\n\n" + filler + label + "\n") == (None, None)


def test_small_business_issuer_name_caption() -> None:
    # Form 10-KSB's cover: "(Name of small business issuer in its charter)"
    (found,) = read_captioned(
        "                                 FORM 10-KSB\n\n"
        "                           UNITED NATURAL CORP.\n"
        "               (Name of small business issuer in its charter)\n\n"
        "          Nevada                                       88-0123456\n"
        "(State or other jurisdiction of             (I.R.S. Employer Identification No.)\n"
        " incorporation or organization)\n\n"
        "                 Issuer's telephone number: (775) 555-1212\n")
    assert (found["name"], found["state"], found["irs_employer_id"], found["phone"]) == (
        "UNITED NATURAL CORP.", "Nevada", "88-0123456", "(775) 555-1212")


@pytest.mark.parametrize(("row", "captions", "cells"), [
    # Microsoft's 10-K for fiscal 2001, plain text
    ("                   Washington                     91-1144442\n",
     "            (State of incorporation)              (I.R.S. ID)\n", False),
    # and for fiscal 2004, in HTML
    ("WASHINGTON\t91-1144442\n", "(STATE OF INCORPORATION)\t(I.R.S. ID)\n", True),
])
def test_an_irs_number_captioned_id_without_employer(row: str, captions: str,
                                                     cells: bool) -> None:
    (found,) = read_captioned("                             MICROSOFT CORPORATION\n\n"
                              + row + captions, cells)
    assert (found["state"].title(), found["irs_employer_id"]) == ("Washington", "91-1144442")


@pytest.mark.parametrize("value", ["N.A.", "No change since last report", "Unchanged"])
def test_former_name_spellings_of_none(value: str) -> None:
    (found,) = read_captioned(
        "                              ACME WIDGET CORPORATION\n"
        "             (Exact name of registrant as specified in its charter)\n\n"
        f"                                 {value}\n"
        "          (Former name or former address, if changed since last report)\n")
    assert found["former_name"] == value
    assert registrant_from_cover(found)["former_name"] is None


def test_rendered_value_row_that_lost_an_empty_cell() -> None:
    # rendered HTML drops empty cells: a new registrant with no file number yet prints
    # "Delaware | (blank) | 13-3764753", read as two cells under three captions
    (found,) = read_captioned(
        "ACME WIDGET CORPORATION\n"
        "(Exact name of registrant as specified in its charter)\n\n"
        "Delaware\t13-3764753\n"
        "(State or other jurisdiction of incorporation)\t(Commission File Number)\t"
        "(IRS Employer Identification No.)\n", cells=True)
    reg = registrant_from_cover(found)
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Delaware", None, "13-3764753")


def test_address_under_its_unbracketed_caption() -> None:
    # the captions-above layout carried on to the address: the value row above the caption
    # is the IRS row, not the address
    (found,) = read_captioned(
        "State or other jurisdiction       Commission File          IRS Employer\n"
        "of incorporation                  Number                   Identification No.\n"
        "---------------------------       ---------------          ------------------\n"
        "Pennsylvania                      0-25328                  23-2576479\n"
        "\n"
        "Address of principal executive offices                     Zip Code\n"
        "--------------------------------------                     --------\n"
        "22 West State Street, Media, Pennsylvania                  19063\n")
    assert (found["address"], found["zip"]) == ("22 West State Street, Media, Pennsylvania",
                                                 "19063")
    # under a street line the same caption closes the address above it
    (found,) = read_captioned(
        "   220 Bear Hill Rd., Waltham, Massachusetts         02451\n"
        "   Address of principal executive offices          Zip Code\n"
        "\n"
        "   1 Main Street\n")
    assert (found["address"], found["zip"]) == ("220 Bear Hill Rd., Waltham, Massachusetts",
                                                "02451")


# 1990s text and HTML covers that print the bracketed captions ABOVE their values
_NAME_LINES = ("                         ACME WIDGET CORPORATION\n"
               "          (Exact name of registrant as specified in its charter)\n\n")


def test_bracketed_captions_above_their_values() -> None:
    (found,) = read_captioned(
        _NAME_LINES
        + " (State or other jurisdiction  (Commission File Number)  (IRS Employer\n"
        "    of incorporation)                                      Identification No.)\n"
        "        Delaware                     0-21234                 13-3456789\n\n"
        "         100 Main Street, Minneapolis, Minnesota          55401\n"
        "         (Address of principal executive offices)       (Zip Code)\n")
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "Delaware", "0-21234", "13-3456789")
    assert (found["address"], found["zip"]) == ("100 Main Street, Minneapolis, Minnesota",
                                                "55401")


def test_captions_on_one_line_above_values_and_address() -> None:
    text = (_NAME_LINES
            + " (State or other jurisdiction of incorporation) (Commission File Number)"
            " (IRS Employer Identification No.)\n"
            " Delaware                                        0-21234"
            "                  13-3456789\n\n"
            " (Address of principal executive offices)                     (Zip Code)\n"
            " 100 Main Street, Minneapolis, Minnesota                      55401\n\n"
            " Registrant's telephone number, including area code: 612-555-1234\n")
    reg = registrant_from_cover(read_captioned(text)[0])
    assert (reg["state_of_incorporation"], reg["commission_file_number"],
            reg["irs_employer_id"]) == ("Delaware", "0-21234", "13-3456789")
    assert reg["address"] == {"street": "100 Main Street", "city": "Minneapolis",
                              "state": "Minnesota", "zip": "55401"}
    # rendered HTML: the caption row's cells over the value row's
    (found,) = read_captioned(
        "ACME WIDGET CORPORATION\n(Exact name of registrant as specified in its charter)\n\n"
        "(State or other jurisdiction of incorporation)\t(Commission File Number)\t"
        "(IRS Employer Identification No.)\n"
        "Indiana\t000-24501\t35-2016637\n\n"
        "(Address of principal executive offices)\t(Zip Code)\n"
        "29 East Washington Street, Shelbyville, Indiana\t46176\n", cells=True)
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"],
            found["address"], found["zip"]) == (
        "Indiana", "000-24501", "35-2016637", "29 East Washington Street, Shelbyville, Indiana",
        "46176")
    # but Sears 2004 prints the state over its caption, then file and IRS numbers over
    # theirs: the number row below the state caption is closed by its own captions
    (found,) = read_captioned(
        "                             SEARS, ROEBUCK AND CO.\n"
        "               (Exact name of registrant as specified in charter)\n\n"
        "                                    New York\n"
        "                 (State or Other Jurisdiction of Incorporation)\n\n"
        "          1-416                                        36-1750680\n"
        " (Commission File Number)                   (IRS Employer Identification No.)\n")
    assert (found["state"], found["commission_file_number"], found["irs_employer_id"]) == (
        "New York", "1-416", "36-1750680")


@pytest.mark.parametrize("gap", [" ", "      "])
def test_file_number_after_its_bracketed_caption(gap: str) -> None:
    (found,) = read_captioned(
        _NAME_LINES
        + "      Delaware                                                  13-3456789\n"
        " (State or other jurisdiction                                 (IRS Employer\n"
        "   of incorporation)                                        Identification No.)\n\n"
        f"                       (Commission File Number){gap}0-1234\n")
    assert found["commission_file_number"] == "0-1234"
    assert found["irs_employer_id"] == "13-3456789"


_TABLE_HEAD = ("Title of each class              Trading Symbol(s)   "
               "Name of each exchange on which registered\n"
               "-------------------              -----------------   "
               "-----------------------------------------\n")


def test_section_12b_class_on_a_second_exchange_row() -> None:
    # the row under a class holds only a second exchange: one more listing of that class;
    # a wrapped exchange name ("The Nasdaq Stock Market" over "LLC") is one exchange
    region = (_TABLE_HEAD
              + "Common Stock, $0.01 par value    ACME                New York Stock Exchange\n"
              "                                                     NYSE Chicago, Inc.\n"
              "6.25% Notes due 2045             ACME45              The Nasdaq Stock Market\n"
              "                                                     LLC\n")
    assert securities_from_text(region, False) == [
        {"title": "Common Stock, $0.01 par value", "trading_symbol": "ACME",
         "exchange": "New York Stock Exchange"},
        {"title": "Common Stock, $0.01 par value", "trading_symbol": "ACME",
         "exchange": "NYSE Chicago, Inc."},
        {"title": "6.25% Notes due 2045", "trading_symbol": "ACME45",
         "exchange": "The Nasdaq Stock Market LLC"}]
    # rendered HTML drops the empty cells: the exchange cell stands alone in its row
    region = ("Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "Common Stock, $0.01 par value\tETR\tNew York Stock Exchange\n"
              "NYSE Chicago, Inc.\n")
    assert [s["exchange"] for s in securities_from_text(region, True)] == [
        "New York Stock Exchange", "NYSE Chicago, Inc."]


def test_section_12b_rendered_row_without_a_symbol_cell() -> None:
    # "6.25% Notes due 2045 | (empty) | New York Stock Exchange": the exchange is no symbol
    region = ("Title of each class\tTrading Symbol(s)\tName of each exchange on which registered\n"
              "6.25% Notes due 2045\tNew York Stock Exchange\n")
    assert securities_from_text(region, True) == [
        {"title": "6.25% Notes due 2045", "trading_symbol": None,
         "exchange": "New York Stock Exchange"}]


def test_section_12b_table_with_a_registrant_column() -> None:
    # combined filings (Entergy, Southern) name the registrant of each class in a column
    region = ("Registrant\tTitle of Class\tTrading Symbol(s)\t"
              "Name of Each Exchange on Which Registered\n"
              "Entergy Corporation\tCommon Stock, $0.01 Par Value\tETR\tNew York Stock Exchange\n"
              "Entergy Arkansas, LLC\tMortgage Bonds, 4.875% Series due September 2066\tEAI\t"
              "New York Stock Exchange\n"
              "Mortgage Bonds, 4.90% Series due December 2052\tEAE\tNew York Stock Exchange\n")
    assert [s["title"] for s in securities_from_text(region, True)] == [
        "Common Stock, $0.01 Par Value", "Mortgage Bonds, 4.875% Series due September 2066",
        "Mortgage Bonds, 4.90% Series due December 2052"]


def test_registrant_table_two_registrants_side_by_side() -> None:
    # Entergy's combined 8-Ks: two registrants to a row, each cell led by its file number,
    # the IRS number the cell's last line
    region = (
        "Commission     Registrant, State of Incorporation,   Commission     "
        "Registrant, State of Incorporation,\n"
        "File Number    Address of Principal Executive        File Number    "
        "Address of Principal Executive\n"
        "               Offices, Telephone Number, and                       "
        "Offices, Telephone Number, and\n"
        "               IRS Employer Identification No.                      "
        "IRS Employer Identification No.\n\n"
        "1-11299        ENTERGY CORPORATION                   1-31508        "
        "ENTERGY MISSISSIPPI, INC.\n"
        "               (a Delaware corporation)                             "
        "(a Mississippi corporation)\n"
        "               639 Loyola Avenue                                    "
        "308 East Pearl Street\n"
        "               New Orleans, Louisiana 70113                         "
        "Jackson, Mississippi 39201\n"
        "               Telephone (504) 576-4000                             "
        "Telephone (601) 368-5000\n"
        "               72-1229752                                           64-0205830\n\n"
        "1-10764        ENTERGY ARKANSAS, INC.\n"
        "               (an Arkansas corporation)\n"
        "               425 West Capitol Avenue\n"
        "               Little Rock, Arkansas 72201\n"
        "               Telephone (501) 377-4000\n"
        "               71-0005900\n\n"
        "Check the appropriate box below if the Form 8-K filing is intended to\n")
    regs = read_registrant_table(region)
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"],
             r["state_of_incorporation"], r["phone"]) for r in regs] == [
        ("ENTERGY CORPORATION", "1-11299", "72-1229752", "Delaware", "(504) 576-4000"),
        ("ENTERGY MISSISSIPPI, INC.", "1-31508", "64-0205830", "Mississippi",
         "(601) 368-5000"),
        ("ENTERGY ARKANSAS, INC.", "1-10764", "71-0005900", "Arkansas", "(501) 377-4000")]
    assert regs[1]["address"] == {"street": "308 East Pearl Street", "city": "Jackson",
                                  "state": "Mississippi", "zip": "39201"}


def test_registrant_table_rendered_side_by_side() -> None:
    # Entergy 2021 HTML: each row one line, a cell's paragraphs joined by spaces
    region = (
        "Commission File Number\tRegistrant, State of Incorporation or Organization, Address "
        "of Principal Executive Offices, Telephone Number, and IRS Employer Identification No."
        "\tCommission File Number\tRegistrant, State of Incorporation or Organization, ...\n"
        "1-11299\tENTERGY CORPORATION (a Delaware corporation) 639 Loyola Avenue New Orleans, "
        "Louisiana 70113 Telephone (504) 576-4000 72-1229752\t1-31508\tENTERGY MISSISSIPPI, "
        "LLC (a Texas limited liability company) 308 East Pearl Street Jackson, Mississippi "
        "39201 Telephone (601) 368-5000 83-1950019\n\n"
        "Check the appropriate box below if the Form 8-K filing is intended to\n")
    regs = read_registrant_table(region)
    assert [(r["name"], r["commission_file_number"], r["irs_employer_id"],
             r["state_of_incorporation"], r["phone"]) for r in regs] == [
        ("ENTERGY CORPORATION", "1-11299", "72-1229752", "Delaware", "(504) 576-4000"),
        ("ENTERGY MISSISSIPPI, LLC", "1-31508", "83-1950019", "Texas", "(601) 368-5000")]
    assert regs[0]["address"] == {"street": "639 Loyola Avenue", "city": "New Orleans",
                                  "state": "Louisiana", "zip": "70113"}


def test_a_directional_word_after_a_street_suffix_stays_in_the_street() -> None:
    # "100 Main Street North" (Minneapolis, Seattle, St. Petersburg print streets so) on one
    # line with the city; a city a directional opens ("South Bend") keeps it
    assert split_address("100 Main Street North Minneapolis, Minnesota 55401", None) == {
        "street": "100 Main Street North", "city": "Minneapolis", "state": "Minnesota",
        "zip": "55401"}
    assert split_address("1201 Third Avenue Southwest Seattle, WA 98101", None)[
        "street"] == "1201 Third Avenue Southwest"
    assert split_address("100 Main Street South Bend, IN 46601", None)["city"] == "South Bend"


@pytest.mark.parametrize("printed", ["+1 (345) 949-0100", "+44 20 7123 4567",
                                     "+852 2123 4567"])
def test_telephone_number_dialled_from_abroad(printed: str) -> None:
    # foreign issuers print the country code; the bracketed area code after "+1" is the
    # number's, not a caption cut off the line
    (found,) = read_captioned(
        _NAME_LINES
        + "   20 Grosvenor Place, London SW1X 7HN, United Kingdom\n"
        "      (Address of principal executive offices)\n\n"
        f"    Registrant's telephone number, including area code: {printed}\n")
    assert registrant_from_cover(found)["phone"] == printed


# Progress Energy's combined 8-Ks: the name first in the cell, its state labelled under the
# telephone; in text the head's middle column runs between the other two
_NAME_FIRST_TABLE = (
    "       Date of Report (Date of earliest event reported): January 9, 2012\n\n"
    "                    Exact name of registrants as specified in their\n"
    "Commission          charters, state of incorporation, address of       I.R.S. Employer\n"
    "File Number         principal executive offices, and telephone number  Identification Number\n"
    "-----------         -------------------------------------------------  ---------------------\n"
    "1-15929             Progress Energy, Inc.                              56-2155481\n"
    "                    410 South Wilmington Street\n"
    "                    Raleigh, North Carolina 27601-1748\n"
    "                    Telephone: (919) 546-6111\n"
    "                    State of Incorporation: North Carolina\n\n"
    "1-3382              Carolina Power & Light Company                     56-0165465\n"
    "                    d/b/a Progress Energy Carolinas, Inc.\n"
    "                    410 South Wilmington Street\n"
    "                    Raleigh, North Carolina 27601-1748\n"
    "                    Telephone: (919) 546-6111\n"
    "                    State of Incorporation: North Carolina\n\n"
    "                                      None\n"
    "          (Former name or former address, if changed since last report)\n")


def test_registrant_table_name_first_with_its_head_across_lines() -> None:
    regs = read_registrant_table(_NAME_FIRST_TABLE)
    assert [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["phone"]) for r in regs] == [
        ("Progress Energy, Inc.", "North Carolina", "1-15929", "56-2155481", "(919) 546-6111"),
        ("Carolina Power & Light Company", "North Carolina", "1-3382", "56-0165465",
         "(919) 546-6111")]
    assert regs[1]["address"] == {"street": "410 South Wilmington Street", "city": "Raleigh",
                                  "state": "North Carolina", "zip": "27601-1748"}


def test_registrant_table_name_first_rendered_one_cell_a_line() -> None:
    # the same table in HTML: a row is one line, the cell's paragraphs joined by spaces
    region = (
        "Commission File Number\tExact name of registrant as specified in its charter, state "
        "of incorporation, address of principal executive offices, and telephone number\t"
        "I.R.S. Employer Identification Number\n"
        "1-15929\tPROGRESS ENERGY, INC. 410 South Wilmington Street Raleigh, North Carolina "
        "27601-1748 Telephone: (919) 546-6111 State of Incorporation: North Carolina\t"
        "56-2155481\n"
        "1-3274\tFLORIDA POWER CORPORATION d/b/a Progress Energy Florida, Inc. 299 First "
        "Avenue North St. Petersburg, Florida 33701 Telephone: (727) 820-5151 State of "
        "Incorporation: Florida\t59-0247770\n\n")
    regs = read_registrant_table(region)
    assert [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["phone"]) for r in regs] == [
        ("PROGRESS ENERGY, INC.", "North Carolina", "1-15929", "56-2155481", "(919) 546-6111"),
        ("FLORIDA POWER CORPORATION", "Florida", "1-3274", "59-0247770", "(727) 820-5151")]
    assert regs[1]["address"] == {"street": "299 First Avenue North", "city": "St. Petersburg",
                                  "state": "Florida", "zip": "33701"}


def test_a_city_named_saint_after_the_street_on_one_line() -> None:
    # "St." after a street's suffix (and its directional) opens the city's name
    assert split_address("1 Metropolitan Square St. Louis, Missouri 63102", None) == {
        "street": "1 Metropolitan Square", "city": "St. Louis", "state": "Missouri",
        "zip": "63102"}
    assert split_address("100 North St. St. Paul, MN 55101", None)["street"] == "100 North St."


@pytest.mark.parametrize(("printed", "street", "city", "state", "postcode"), [
    ("190 Elgin Avenue, George Town, Grand Cayman KY1-9005, Cayman Islands",
     "190 Elgin Avenue", "George Town", "Cayman Islands", "KY1-9005"),
    ("P.O. Box 309, Ugland House, Grand Cayman, KY1-1104, Cayman Islands",
     "P.O. Box 309, Ugland House", "Grand Cayman", "Cayman Islands", "KY1-1104"),
    ("Ritter House, Wickhams Cay II, Road Town, Tortola VG1110, British Virgin Islands",
     "Ritter House, Wickhams Cay II", "Road Town", "British Virgin Islands", "VG1110"),
    ("70 Sir John Rogerson's Quay, Dublin D02 R296, Ireland",
     "70 Sir John Rogerson's Quay", "Dublin", "Ireland", "D02 R296"),
    ("Strawinskylaan 913, 1077 XX Amsterdam, The Netherlands",
     "Strawinskylaan 913", "Amsterdam", "The Netherlands", "1077 XX"),
    ("3 Temasek Avenue, #21-01, Singapore 039190",
     "3 Temasek Avenue, #21-01", "Singapore", None, "039190"),
    ("No. 1 Jianguomenwai Avenue, Beijing 100004, China",
     "No. 1 Jianguomenwai Avenue", "Beijing", "China", "100004"),
])
def test_offshore_and_foreign_postcodes(printed: str, street: str, city: str,
                                        state: str | None, postcode: str) -> None:
    assert split_address(printed, None) == {"street": street, "city": city, "state": state,
                                            "zip": postcode}


def test_a_city_state_after_the_street_number() -> None:
    # Hong Kong: no city line; the street's number opens the part before the territory
    assert split_address(
        "Suite 2101, 21/F, Tower One, Lippo Centre, 89 Queensway, Hong Kong", None) == {
        "street": "Suite 2101, 21/F, Tower One, Lippo Centre, 89 Queensway",
        "city": "Hong Kong", "state": None, "zip": None}


@pytest.mark.parametrize(("printed", "street", "city", "state"), [
    ("One Penn Plaza, 36th Floor, New York NY 10119", "One Penn Plaza, 36th Floor",
     "New York", "NY"),
    ("100 Crescent Court, Suite 700, Dallas Texas 75201", "100 Crescent Court, Suite 700",
     "Dallas", "Texas"),
    ("4 Elm Road, Raleigh North Carolina 27601", "4 Elm Road", "Raleigh", "North Carolina"),
])
def test_state_after_the_city_with_no_comma(printed: str, street: str, city: str,
                                            state: str) -> None:
    assert split_address(printed, None) == {"street": street, "city": city, "state": state,
                                            "zip": printed.rsplit(" ", 1)[1]}


@pytest.mark.parametrize("printed", ["011-44-20-7123-4567", "+44 (0) 207 123 4567",
                                     "(852) 2123-4567", "011 44 1753 123456"])
def test_foreign_telephone_numbers_on_the_cover(printed: str) -> None:
    (found,) = read_captioned(
        _NAME_LINES
        + "   20 Grosvenor Place, London SW1X 7HN, United Kingdom\n"
        "      (Address of principal executive offices)\n\n"
        f"                         {printed}\n"
        "         (Registrant's telephone number, including area code)\n")
    assert registrant_from_cover(found)["phone"] == printed


def _stacked_names(region: str, cells: bool) -> list[tuple[str | None, ...]]:
    regs = [registrant_from_cover(found) for found in read_captioned(region, cells)]
    return [(r["name"], r["state_of_incorporation"], r["commission_file_number"],
             r["irs_employer_id"], r["phone"]) for r in regs]


# an issuer and its co-issuers (Ferrellgas 2003): one row of values each over plural
# captions; the address and telephone below are all of theirs
FERRELLGAS_REGION = (
    "Ferrellgas Partners, L.P.               Delaware       001-11331     43-1698480\n"
    "Ferrellgas Partners Finance Corp.       Delaware       333-06693     43-1742520\n"
    "- --------------------------------------------------------------------------------\n"
    "(Exact name of registrants as     (States or other    (Commission   (I.R.S. Employer\n"
    "specified in their charters)      jurisdictions of     file          Identification\n"
    "                                  incorporation or     numbers)      Nos.)\n"
    "                                  organization)\n\n"
    "One Liberty Plaza, Liberty, Missouri                                     64068\n"
    "- --------------------------------------------------------------------------------\n"
    "(Address of principal executive offices)                               (Zip Code)\n\n"
    "Registrant's telephone number, including area code:  (816) 792-1600\n")


def test_stacked_registrants_one_row_each_over_the_captions() -> None:
    region = FERRELLGAS_REGION
    assert _stacked_names(region, False) == [
        ("Ferrellgas Partners, L.P.", "Delaware", "001-11331", "43-1698480", "(816) 792-1600"),
        ("Ferrellgas Partners Finance Corp.", "Delaware", "333-06693", "43-1742520",
         "(816) 792-1600")]


def test_stacked_registrants_rendered_with_a_registrant_column() -> None:
    # a REIT and its operating partnership (Boston Properties 2016): names printed over
    # the name caption, and again in the table's "(Registrant)" column
    region = (
        "BOSTON PROPERTIES, INC.\nBOSTON PROPERTIES LIMITED PARTNERSHIP\n"
        "(Exact Name of Registrants As Specified in its Charter)\n\n"
        "Boston Properties, Inc.\tDelaware\t1-13087\t04-2473675\n"
        "Boston Properties Limited Partnership\tDelaware\t0-50209\t04-3372948\n"
        "(Registrant)\t(State or Other Jurisdiction of Incorporation)\t"
        "(Commission File Number)\t(IRS Employer Id. Number)\n\n"
        "(617) 236-3300\n(Registrant\u2019s telephone number, including area code)\n")
    assert _stacked_names(region, True) == [
        ("Boston Properties, Inc.", "Delaware", "1-13087", "04-2473675", "(617) 236-3300"),
        ("Boston Properties Limited Partnership", "Delaware", "0-50209", "04-3372948",
         "(617) 236-3300")]


@pytest.mark.parametrize("cells", [False, True])
def test_stacked_registrants_named_after_their_state(cells: bool) -> None:
    # Host Hotels: "Maryland (Host Hotels & Resorts, Inc.)"; in HTML each cell stacks
    # both registrants' values over a <br>, rendered as one line
    names = "HOST HOTELS & RESORTS, INC.\nHOST HOTELS & RESORTS, L.P.\n" \
        "(Exact Name of Registrant as Specified in Its Charter)\n\n"
    if cells:
        table = ("Maryland (Host Hotels & Resorts, Inc.) Delaware (Host Hotels & Resorts, "
                 "L.P.)\t001-14625 0-25087\t53-0085950 52-2095412\n"
                 "(State or Other Jurisdiction of Incorporation)\t(Commission File Number)\t"
                 "(IRS Employer Identification No.)\n")
    else:
        table = (
            "  Maryland (Host Hotels & Resorts, Inc.)      001-14625           53-0085950\n"
            "  Delaware (Host Hotels & Resorts, L.P.)      0-25087             52-2095412\n"
            "  (State or Other Jurisdiction of            (Commission        (IRS Employer\n"
            "   Incorporation)                             File Number)       "
            "Identification No.)\n")
    assert _stacked_names(names + table, cells) == [
        ("Host Hotels & Resorts, Inc.", "Maryland", "001-14625", "53-0085950", None),
        ("Host Hotels & Resorts, L.P.", "Delaware", "0-25087", "52-2095412", None)]


@pytest.mark.parametrize("cells", [False, True])
def test_registrants_listed_under_a_head_of_captions(cells: bool) -> None:
    # Edison International and Southern California Edison: a head of unbracketed
    # captions, one registrant a row under it (a name wrapped onto the next line in text)
    if cells:
        region = (
            "Commission File Number\tExact Name of Registrant as specified in its charter\t"
            "State or Other Jurisdiction of Incorporation or Organization\t"
            "IRS Employer Identification Number\n"
            "1-9936\tEDISON INTERNATIONAL\tCalifornia\t95-4137452\n"
            "1-2313\tSOUTHERN CALIFORNIA EDISON COMPANY\tCalifornia\t95-1240335\n\n")
    else:
        region = (
            "Commission      Exact Name of Registrant         State or Other Jurisdiction of"
            "    IRS Employer\n"
            "File Number     as specified in its charter      Incorporation or Organization"
            "     Identification Number\n"
            "-----------     ---------------------------      -----------------------------"
            "     ---------------------\n"
            "1-9936          EDISON INTERNATIONAL             California"
            "                        95-4137452\n"
            "1-2313          SOUTHERN CALIFORNIA EDISON       California"
            "                        95-1240335\n"
            "                COMPANY\n\n")
    region += ("                           2244 Walnut Grove Avenue\n"
               "                           Rosemead, California 91770\n"
               "                    (Address of principal executive offices)\n")
    assert _stacked_names(region, cells) == [
        ("EDISON INTERNATIONAL", "California", "1-9936", "95-4137452", None),
        ("SOUTHERN CALIFORNIA EDISON COMPANY", "California", "1-2313", "95-1240335", None)]
    assert read_registrant_table(region) == []  # the name has a column of its own
