"""Cover page: the column reader, the dates, the address split, and header merging.

Every case is a cover copied from a real filing (the file is named beside it).
"""

from __future__ import annotations

import pytest

from filing2json.parsers.sections.cover import cover_dates, cover_region, split_address
from filing2json.parsers.sections.cover_layout import read_captioned
from filing2json.parsers.sections.cover_names import same_company
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
    ],
)
def test_cover_date_spellings(name: str, dates: tuple[str | None, str | None]) -> None:
    assert cover_dates(_primary_cover(name)) == dates


def test_split_address() -> None:
    assert split_address("1 Infinite Loop, Cupertino, California 95014", None) == {
        "street": "1 Infinite Loop", "city": "Cupertino", "state": "California",
        "zip": "95014"}
    assert split_address("10 Dorrance Street, Suite 400, Providence, RI 02903", None) == {
        "street": "10 Dorrance Street, Suite 400", "city": "Providence", "state": "RI",
        "zip": "02903"}


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
