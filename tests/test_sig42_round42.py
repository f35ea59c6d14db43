"""Exhibit lists of round 42: the captions Regulation S-K gives the groups of its exhibit
table ("(10) Material Contracts", "Additional Exhibits", "Other Documents or Statements to
Security Holders") typed over a group's entries are no exhibit, nor part of the description
above or under them."""

from __future__ import annotations

from test_exhibits_round40 import _exhibits  # (the same 10-K filer submission helper)

from filing2json.parsers import parse
from support import FILINGS

_ITEM_14 = """                                    PART IV

ITEM 14.  EXHIBITS, FINANCIAL STATEMENT SCHEDULES AND REPORTS ON FORM 8-K

     (a)(3)  Exhibits

     Exhibit No.    Description
     -----------    -----------

"""


def test_caption_over_the_description_is_dropped() -> None:
    # Zurn Industries 8-K, April 1994: "20  Other Documents or Statements to Security
    # Holders" over "    News Release dated April 19, 1994      Page 3"
    data = (FILINGS / "8k_1994_zurnindustriesinc_2.txt").read_bytes()
    exhibits = parse(data, "8k_1994_zurnindustriesinc_2.txt")["exhibits"]
    assert [(e["number"], e["description"]) for e in exhibits] == [
        ("20", "News Release dated April 19, 1994")]


def test_numbered_caption_over_its_group_is_no_exhibit() -> None:
    text = _ITEM_14 + """     (3)            Articles of Incorporation and By-Laws
     3.1            Restated Certificate of Incorporation of the Registrant
     3.2            By-laws of the Registrant, as amended
     (10)           Material Contracts
     10.1           Credit Agreement dated as of May 1, 1996 among the
                    Registrant and Bank One, NA.
     10.2           Lease Agreement dated June 1, 1994.
     21             Subsidiaries of the Registrant
"""
    assert _exhibits(text) == [
        ("3.1", "Restated Certificate of Incorporation of the Registrant"),
        ("3.2", "By-laws of the Registrant, as amended"),
        ("10.1", "Credit Agreement dated as of May 1, 1996 among the Registrant and Bank One, "
                 "NA."),
        ("10.2", "Lease Agreement dated June 1, 1994."),
        ("21", "Subsidiaries of the Registrant"),
    ]


def test_caption_over_parts_listed_elsewhere_is_no_exhibit() -> None:
    # PerkinElmer 10-K405 for 2000: Item 14 types "*10.5  Employment Contracts:" over its
    # "(1) ... (8)" contracts, the exhibit index lists "10.5(a)" and "10.5(b)"
    name = "10k405_2001_perkinelmerinc_1.txt"
    numbers = [e["number"] for e in parse((FILINGS / name).read_bytes(), name)["exhibits"]]
    assert "10.5" not in numbers
    assert {"10.4", "10.5(a)", "10.5(b)", "10.6"} <= set(numbers)


def test_unnumbered_caption_ends_the_description_above() -> None:
    text = _ITEM_14 + """     10.1           Credit Agreement dated as of May 1, 1996 among the
                    Registrant and Bank One, NA.
                    Additional Exhibits
     99.1           Press release dated March 1, 1997.
"""
    assert _exhibits(text) == [
        ("10.1", "Credit Agreement dated as of May 1, 1996 among the Registrant and Bank One, "
                 "NA."),
        ("99.1", "Press release dated March 1, 1997."),
    ]


def test_caption_words_of_an_exhibit_of_its_own_stay() -> None:
    # no entry of its own group under it: "10  Material contracts" is then the exhibit listed
    text = _ITEM_14 + """     4              Instruments defining the rights of security holders
     10             Material contracts
     27             Financial Data Schedule
"""
    assert _exhibits(text) == [
        ("4", "Instruments defining the rights of security holders"),
        ("10", "Material contracts"),
        ("27", "Financial Data Schedule"),
    ]
