"""Press releases (round 48): a date line run into the wire's own dateline ("March 3, 2025
-- NEW YORK--(BUSINESS WIRE)--Acme"), whose place is read; the release's date in the right
column of a typed two-column head ("CONTACT: Jane Roe <gap> FOR IMMEDIATE RELEASE" over
"(847) 286-8361 <gap> July 21, 2004"), as 1990s text releases print it.

Each test edits Sears' second-quarter 2004 release (a corpus filing, PR Newswire) into the
shape another wire or filer prints, as round 45's tests do.
"""

from __future__ import annotations

import pytest
from test_cover_round36 import _SIX_K_INDIA_2015
from test_prsh45_round45 import _SEARS, _SEARS_DATELINE, _release

from filing2json.parsers import parse

_HEADLINE = "Sears Reports Second Quarter 2004 Results"
_HEAD = f"                  {_HEADLINE}\n\n"


@pytest.mark.parametrize(("dateline", "city", "state"), [
    ("July 22, 2004 -- HOFFMAN ESTATES, Ill.--(BUSINESS WIRE)--", "HOFFMAN ESTATES", "Ill."),
    ("July 22, 2004 -- CHICAGO--(BUSINESS WIRE)--", "CHICAGO", None),
    ("July 22, 2004 - HOFFMAN ESTATES, Ill. /PRNewswire/ --", "HOFFMAN ESTATES", "Ill."),
    ("Jul. 22, 2004 -- CHICAGO (GLOBE NEWSWIRE) --", "CHICAGO", None),
])
def test_a_date_run_into_the_wires_dateline(dateline: str, city: str, state: str | None) -> None:
    # the release's date printed first on the dateline's line (was: no dateline, the place
    # lost)
    rel = _release(_SEARS, (_SEARS_DATELINE, dateline))
    assert (rel["headline"], rel["dateline"], rel["date"]) == (
        _HEADLINE, {"city": city, "state": state, "date": "2004-07-22"}, "2004-07-22")
    assert rel["body"].startswith(dateline + " Sears, Roebuck and Co. (NYSE: S) today")


def test_a_date_then_a_company_keeps_no_place() -> None:
    rel = _release(_SEARS, (_SEARS_DATELINE + " Sears", "July 22, 2004 -- Sears"))
    assert rel["dateline"] == {"city": None, "state": None, "date": "2004-07-22"}


# The dateline dropped and the head typed in two columns; the date July 21 (the filing's
# exhibit list says July 22) shows where it is read from.
_UNDATED = (_SEARS_DATELINE + " Sears", "Sears")


@pytest.mark.parametrize("top", [
    # the label over the date in the right column (was: the filing's date, 2004-07-22)
    ("CONTACT: Jan Drummond                           FOR IMMEDIATE RELEASE\n"
     "         (847) 286-8361                          July 21, 2004\n\n"),
    ("Contact:  Jan Drummond                  FOR RELEASE\n"
     "          Sears, Roebuck and Co.        July 21, 2004\n\n"),
    # the label and the date in one cell
    "Contact: Jan Drummond                    FOR IMMEDIATE RELEASE: July 21, 2004\n\n",
    # left column (read before)
    "FOR IMMEDIATE RELEASE: July 21, 2004           Contact: Jan Drummond\n\n",
])
def test_the_release_date_in_a_typed_column(top: str) -> None:
    rel = _release(_SEARS, (_HEAD, top + _HEAD), _UNDATED)
    assert (rel["headline"], rel["dateline"], rel["date"]) == (_HEADLINE, None, "2004-07-21")


def test_a_bare_date_on_the_right_is_not_the_releases() -> None:
    # a right-column date under no release label dates something else
    top = ("Contact: Jan Drummond                    Quarter ended\n"
           "         (847) 286-8361                  July 3, 2004\n\n")
    rel = _release(_SEARS, (_HEAD, top + _HEAD), _UNDATED)
    assert rel["date"] == "2004-07-22"


def test_business_wires_eon_credit() -> None:
    # Business Wire's EON releases (2008-2012) print "(EON: Enhanced Online News)" where
    # "(BUSINESS WIRE)" stands (was: no dateline)
    eon = "HOFFMAN ESTATES, Ill.--(EON: Enhanced Online News)--"
    rel = _release(_SEARS, (_SEARS_DATELINE, eon))
    assert rel["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.", "date": None}
    rel = _release(_SEARS, (_SEARS_DATELINE, eon + "July 22, 2004--"))
    assert rel["dateline"] == {"city": "HOFFMAN ESTATES", "state": "Ill.", "date": "2004-07-22"}


_ABOUT_END = "14 million service calls made annually."


@pytest.mark.parametrize("trailer", [
    # Newsfile's link to its copy (was: kept as the About's last paragraph)
    ("To view the source version of this press release, please visit "
     "https://www.newsfilecorp.com/release/123456"),
    # PR Newswire's logo and photo links, 2000s (was: the About's, the statements' caption
    # "SEARS, ROEBUCK AND CO." with it)
    "Logo - http://www.newscom.com/cgi-bin/prnh/20040722/SEARSLOGO",
    "Photo: http://www.newscom.com/cgi-bin/prnh/20040722/CGTH025",
])
def test_a_wires_trailer_under_the_about_is_not_its_text(trailer: str) -> None:
    end = f"{_ABOUT_END}\n\n\n    SEARS, ROEBUCK AND CO."
    rel = _release(_SEARS, (end, f"{_ABOUT_END}\n\n    {trailer}\n\n    SEARS, ROEBUCK AND CO."))
    assert rel["about"]["text"].endswith(f"brands in the U.S. The company is the largest "
                                         f"provider of product repair services with more than "
                                         f"{_ABOUT_END}")


def test_a_picture_caption_stays_in_the_about() -> None:
    caption = "Photo: the new Sears store in Hoffman Estates, Illinois."
    end = f"{_ABOUT_END}\n\n\n    SEARS, ROEBUCK AND CO."
    rel = _release(_SEARS, (end, f"{_ABOUT_END}\n\n    {caption}\n\n    SEARS, ROEBUCK AND CO."))
    assert rel["about"]["text"].endswith(caption)


def test_a_6k_covers_address_with_a_dash_is_no_dateline() -> None:
    # Infosys' 2015 6-K cover (test_cover_round36) with its address printed as Colombian
    # issuers print theirs: "Bogota, D.C. - Colombia" over "(Address of principal executive
    # offices)", then "... will file annual reports ..." (was: a press release dated
    # nowhere, headlined "Carrera 7 No. 71 - 21")
    cover = _SIX_K_INDIA_2015.replace(
        "Electronics City, Hosur Road", "Carrera 7 No. 71 - 21").replace(
        "Bengaluru - 560 100, Karnataka, India", "Bogota, D.C. - Colombia")
    assert "Bogota, D.C. - Colombia\n" in cover
    assert parse(cover.encode(), "6k.txt")["press_releases"] == []
