"""Names round 40: a signer printed with initials typed together ("R.J. Smith", "A.G.
Lafley", "R.J. SMITH") is read where the name alone tells a signer: typed under a "By:" line
left to sign on, with the title after it on the same line, and in an unsigned 10-K table;
firms named after their founders' initials ("J.P. Morgan", "H.J. Heinz") stay firms."""

from __future__ import annotations

from filing2json.parsers import parse
from filing2json.parsers.sections.signature_names import typed_name
from support import submission

# A 1997 8-K: its signature typed on a line left blank, the name and title under it.
_TEXT = """                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

Date of Report (Date of earliest event reported): September 26, 1997

                         PIEDMONT FEDERAL CORPORATION
             (Exact name of registrant as specified in its charter)

Item 5.  Other Events

     On September 26, 1997, the Registrant announced the sale of two branch
offices, as described in the press release filed as Exhibit 99.

                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                          PIEDMONT FEDERAL CORPORATION

Date: October 1, 1997                     By: ______________________________
{BELOW}
"""

# A 2014 8-K in HTML: "By:" beside an empty cell ruled to sign on, the name under it.
_HTML = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p align="center">Washington, D.C. 20549</p>
<p align="center"><b>FORM 8-K</b></p>
<p>Date of Report (Date of earliest event reported): July 22, 2014</p>
<p align="center"><b>CASCADE MICRODEVICES, INC.</b><br>(Exact name of registrant as
specified in its charter)</p>
<p><b>Item 8.01 Other Events.</b></p>
<p>On July 22, 2014, the Company issued a press release, attached as Exhibit 99.1.</p>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
<table>
<tr><td>Date: July 22, 2014</td><td colspan="2">CASCADE MICRODEVICES, INC.</td></tr>
<tr><td></td><td>By:</td><td style="border-bottom:1px solid #000000">&nbsp;</td></tr>
<tr><td></td><td></td><td>{NAME}</td></tr>
<tr><td></td><td></td><td>Vice President, Finance</td></tr>
</table>
</body></html>"""

# A 2015 10-K's signatures for the directors, printed without "/s/" (a conformed copy).
_TEN_K = """<html><body>
<p align="center"><b>SIGNATURES</b></p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, this report has been
signed below by the following persons on behalf of the registrant and in the capacities and
on the dates indicated.</p>
<table>
<tr><td><b>Signature</b></td><td><b>Title</b></td><td><b>Date</b></td></tr>
<tr><td>{NAME}</td><td>Chairman and Chief Executive Officer</td><td>February 27, 2015</td></tr>
<tr><td>Jane Doe</td><td>Director</td><td>February 27, 2015</td></tr>
</table>
</body></html>"""


def _signers(text: str, name: str, accession: str, filed: str) -> list[tuple[str, str]]:
    record = parse(submission(text, accession=accession, filed=filed), name)
    return [(s["name"], s["title"]) for s in record["signatures"]]


def test_initials_typed_together_under_a_line_left_to_sign_on() -> None:
    # (was: no name, the name run into the title: "R.J. Hendricks Vice President, Finance")
    for name in ("R.J. Hendricks", "A.G. Lafley", "John R.J. Smith", "R.J. HENDRICKS"):
        below = f"                                              {name}\n" \
                "                                              Vice President, Finance"
        assert _signers(_TEXT.replace("{BELOW}", below), "piedmont-8k.txt",
                        "0000950109-97-006301", "19971001") == [
            (name, "Vice President, Finance")], name
        assert _signers(_HTML.replace("{NAME}", name), "cascade-8k.htm",
                        "0001193125-14-271828", "20140722") == [
            (name, "Vice President, Finance")], name


def test_name_and_title_on_one_line_under_a_line_left_to_sign_on() -> None:
    # initials typed together, or a name in capitals (was: no name, the whole line the title)
    for name in ("R.J. Hendricks", "JOHN A. SMITH", "R.J. HENDRICKS"):
        below = f"                                              {name}, Vice President"
        assert _signers(_TEXT.replace("{BELOW}", below), "piedmont-8k.txt",
                        "0000950109-97-006301", "19971001") == [
            (name, "Vice President")], name


def test_unsigned_ten_k_row_with_initials_typed_together() -> None:
    # (was: the row no signer; the directors' row alone)
    assert _signers(_TEN_K.replace("{NAME}", "A.G. Lafley"), "pg-10k.htm",
                    "0001193125-15-061411", "20150227") == [
        ("A.G. Lafley", "Chairman and Chief Executive Officer"), ("Jane Doe", "Director")]


def test_firms_named_after_initials_are_no_typed_name() -> None:
    assert typed_name("R.J. Hendricks") and typed_name("R.J. HENDRICKS")
    assert typed_name("John R.J. Smith")
    # firms, places and degrees keep reading as no person
    for text in ("J.P. Morgan", "H.J. Heinz", "J.C. PENNEY", "A.T. Kearney", "U.S. Steel",
                 "Jane Doe M.D.", "N.V. Philips"):
        assert not typed_name(text), text


def test_name_in_capitals_with_a_lower_case_prefix_under_a_line_left_to_sign_on() -> None:
    # "McNULTY", "MacDONALD", "DeLUCA": typed in capitals all the same (was: no name)
    for name in ("JAMES J. McNULTY", "ROBERT E. MacDONALD", "JOHN A. DeLUCA"):
        below = f"                                              {name}\n" \
                "                                              Vice President, Finance"
        assert _signers(_TEXT.replace("{BELOW}", below), "piedmont-8k.txt",
                        "0000950109-97-006301", "19971001") == [
            (name, "Vice President, Finance")], name


def test_mixed_case_signature_over_its_name_in_capitals_with_mc() -> None:
    # the name typed in capitals only repeats the signature: the mixed case one is kept
    # (was: "JAMES J. McNULTY", as "McNULTY" read as no capitals)
    below = "/s/ James J. McNulty\n" \
            "                                              ------------------------------\n" \
            "                                              JAMES J. McNULTY\n" \
            "                                              Vice President, Finance"
    text = _TEXT.replace("By: ______________________________\n{BELOW}", f"By: {below}")
    assert _signers(text, "piedmont-8k.txt", "0000950109-97-006301", "19971001") == [
        ("James J. McNulty", "Vice President, Finance")]


def test_abbreviated_title_under_a_line_left_to_sign_on_is_no_name() -> None:
    # "V.P." is a title's initials, not a person's (was: the name "V.P. Finance")
    for line in ("V.P. Finance", "V.P. Finance, Treasurer", "Sr. V.P. Finance"):
        below = f"                                              {line}"
        assert _signers(_TEXT.replace("{BELOW}", below), "piedmont-8k.txt",
                        "0000950109-97-006301", "19971001") == [(None, line)], line
    # an address under the cell ruled to sign on (was: the name "P.O. Box")
    names = [n for n, _ in _signers(_HTML.replace("{NAME}", "P.O. Box"), "cascade-8k.htm",
                                    "0001193125-14-271828", "20140722")]
    assert names == [None]


def test_title_address_and_account_initials_are_no_typed_name() -> None:
    for text in ("S.V.P. Finance", "E.V.P. Operations", "V.P. FINANCE", "N.A. Trustee",
                 "N.W. Washington", "P.O. Drawer", "J.D. Candidate", "I.R.A. Custodian",
                 "D.B.A. Acme"):
        assert not typed_name(text), text


def test_firm_or_place_in_capitals_under_a_line_left_to_sign_on_is_no_name() -> None:
    # a legal form in capitals, a firm of initials, a Mc/De firm (was: each read as a name)
    for line in ("J.H. COHN LLP", "DeKALB GENETICS", "B.F. Goodrich", "L.A. GEAR"):
        below = f"                                              {line}"
        assert _signers(_TEXT.replace("{BELOW}", below), "piedmont-8k.txt",
                        "0000950109-97-006301", "19971001") == [(None, line)], line


def test_firms_and_places_with_initials_or_prefixes_are_no_typed_name() -> None:
    for text in ("R.H. Donnelley", "H.F. Ahmanson", "McLEAN VIRGINIA", "DuPAGE COUNTY",
                 "McGLADREY PULLEN", "LeBOEUF LAMB", "KPMG LLP"):
        assert not typed_name(text), text
    # a given name or initials before the prefixed surname: still a person
    for text in ("JOHN A. DeLUCA", "MARY LaPORTE", "R.J. McNULTY"):
        assert typed_name(text), text
