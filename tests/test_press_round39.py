"""Press releases (round 39): a release printed in a 6-K's own document under the form's
cover ("REPORT OF FOREIGN PRIVATE ISSUER", its captions and check-mark questions) or under
the form's signatures, and a letter whose "Sincerely," has no signer printed under it."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.text import html_to_text

_HEADER = """<SEC-DOCUMENT>0001193125-15-071234.txt : 20150303
<SEC-HEADER>0001193125-15-071234.hdr.sgml : 20150303
ACCESSION NUMBER:		0001193125-15-071234
CONFORMED SUBMISSION TYPE:	6-K
PUBLIC DOCUMENT COUNT:		1
CONFORMED PERIOD OF REPORT:	20150303
FILED AS OF DATE:		20150303
DATE AS OF CHANGE:		20150303

FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			NORTHERN PULP & PAPER LTD
		CENTRAL INDEX KEY:			0000912345
		STANDARD INDUSTRIAL CLASSIFICATION:	PAPER MILLS [2621]
		FISCAL YEAR END:			1231

	FILING VALUES:
		FORM TYPE:		6-K
		SEC ACT:		1934 Act
		SEC FILE NUMBER:	001-14012
		FILM NUMBER:		15651234
</SEC-HEADER>
<DOCUMENT>
<TYPE>6-K
<SEQUENCE>1
<FILENAME>d871234d6k.%s
<DESCRIPTION>FORM 6-K
<TEXT>
%s
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""

_TEXT_COVER = """                                   FORM 6-K

                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                        REPORT OF FOREIGN PRIVATE ISSUER
                      PURSUANT TO RULE 13a-16 OR 15d-16 OF
                      THE SECURITIES EXCHANGE ACT OF 1934

                          For the month of March, 2015

                         Commission File Number 001-14012

                         NORTHERN PULP & PAPER LIMITED
                (Translation of registrant's name into English)

                 1055 West Georgia Street, Vancouver, British Columbia
                    (Address of principal executive offices)

Indicate by check mark whether the registrant files or will file annual reports under cover
of Form 20-F or Form 40-F.

                 Form 20-F  [ ]                 Form 40-F  [X]

"""

_TEXT_LEAD = """VANCOUVER, BRITISH COLUMBIA, March 3, 2015 - Northern Pulp & Paper Limited
(TSX: NPP) (NYSE: NPP) today reported net earnings of $21.4 million for the fourth quarter of 2014,
compared with $9.8 million a year earlier.

"Pulp prices held up through the quarter," said Donald Fraser, President and Chief
Executive Officer.
"""

_TICKERS = [{"exchange": "TSX", "symbol": "NPP"}, {"exchange": "NYSE", "symbol": "NPP"}]


def _release(kind: str, document: str) -> dict:
    record = parse((_HEADER % (kind, document)).encode(), "6k.txt")
    releases = record["press_releases"]
    assert len(releases) == 1
    return releases[0]


@pytest.mark.parametrize("head", [
    "FOR IMMEDIATE RELEASE\n\n",
    "",
])
def test_six_k_cover_is_no_headline(head: str) -> None:
    release = _release("txt", _TEXT_COVER + head + _TEXT_LEAD)
    assert release["headline"] is None
    assert release["subheadlines"] == []
    assert release["dateline"] == {"city": "VANCOUVER", "state": "BRITISH COLUMBIA",
                                   "date": "2015-03-03"}
    assert release["tickers"] == _TICKERS


def test_six_k_cover_over_the_headline() -> None:
    release = _release("txt", _TEXT_COVER
                       + "          NORTHERN PULP REPORTS FOURTH QUARTER EARNINGS\n\n"
                       + _TEXT_LEAD)
    assert release["headline"] == "NORTHERN PULP REPORTS FOURTH QUARTER EARNINGS"
    assert release["subheadlines"] == []


def test_six_k_html_cover_over_the_headline() -> None:
    html = """<html><body>
<p align="center"><b>UNITED STATES<br>SECURITIES AND EXCHANGE COMMISSION</b></p>
<p align="center">Washington, D.C. 20549</p>
<p align="center"><b>FORM 6-K</b></p>
<p align="center"><b>REPORT OF FOREIGN PRIVATE ISSUER<br>PURSUANT TO RULE 13a-16 OR 15d-16<br>
UNDER THE SECURITIES EXCHANGE ACT OF 1934</b></p>
<p align="center">For the month of March 2015</p>
<p align="center">Commission File Number: 001-14012</p>
<p align="center"><b>NORTHERN PULP &amp; PAPER LIMITED</b></p>
<p align="center">(Translation of registrant&#8217;s name into English)</p>
<p align="center">1055 West Georgia Street<br>Vancouver, British Columbia V6E 3P3<br>Canada</p>
<p align="center">(Address of principal executive office)</p>
<p>Indicate by check mark whether the registrant files or will file annual reports under cover
of Form 20-F or Form 40-F.</p>
<p>Form 20-F&nbsp;&nbsp;&#9744;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Form 40-F&nbsp;&nbsp;&#9746;</p>
<p>Indicate by check mark if the registrant is submitting the Form 6-K in paper as permitted by
Regulation S-T Rule 101(b)(1): &#9744;</p>
<hr style="page-break-after:always">
<p align="center"><b>Northern Pulp Reports Fourth Quarter Earnings</b></p>
<p align="center"><i>Net earnings more than double on firmer pulp prices</i></p>
<p>VANCOUVER, March 3, 2015 (GLOBE NEWSWIRE) -- Northern Pulp &amp; Paper Limited (TSX: NPP)
(NYSE: NPP) today reported net earnings of $21.4 million for the fourth quarter of 2014.</p>
<p>&#8220;Pulp prices held up through the quarter,&#8221; said Donald Fraser, President and Chief
Executive Officer.</p>
</body></html>"""
    release = _release("htm", html)
    assert release["headline"] == "Northern Pulp Reports Fourth Quarter Earnings"
    assert release["subheadlines"] == ["Net earnings more than double on firmer pulp prices"]
    assert release["dateline"] == {"city": "VANCOUVER", "state": None, "date": "2015-03-03"}


def test_form_signatures_over_a_release_are_no_head() -> None:
    text = """                                   SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.

                                        NORTHERN PULP & PAPER LIMITED

Date: March 3, 2015                     By: /s/ Margaret Lee
                                            Margaret Lee
                                            Chief Financial Officer



          NORTHERN PULP REPORTS FOURTH QUARTER EARNINGS

""" + _TEXT_LEAD
    release = parse_press_release(text, "6-K", "20150303")
    assert release is not None
    assert release["headline"] == "NORTHERN PULP REPORTS FOURTH QUARTER EARNINGS"
    assert release["subheadlines"] == []


_LETTER = """Dear Fellow Shareholders:

We are pleased to enclose our press release announcing the results of the fourth quarter and
the year. We thank you for your continued support of Redwood Valley Bancorp.

Sincerely,



"""
_RELEASE = """REDWOOD VALLEY BANCORP REPORTS RECORD 2014 EARNINGS

UKIAH, Calif., January 27, 2015 -- Redwood Valley Bancorp (OTCQB: RVBC) today reported net
income of $3.2 million for 2014, up 18% from $2.7 million in 2013.
"""


def test_sign_off_with_no_signer_leaves_the_headline() -> None:
    release = parse_press_release(_LETTER + _RELEASE, "EX-99.1", "20150128")
    assert release is not None
    assert release["headline"] == "REDWOOD VALLEY BANCORP REPORTS RECORD 2014 EARNINGS"
    assert release["dateline"] == {"city": "UKIAH", "state": "Calif.", "date": "2015-01-27"}


def test_sign_off_with_no_signer_in_html() -> None:
    html = """<p>Dear Fellow Shareholders:</p>
<p>We are pleased to enclose our press release announcing the results of the fourth quarter and
the year. We thank you for your continued support of Redwood Valley Bancorp.</p>
<p>Sincerely,</p>
<p><img src="signature.jpg"></p>
<p align="center"><b>Redwood Valley Bancorp Reports Record 2014 Earnings</b></p>
<p>UKIAH, Calif., January 27, 2015 -- Redwood Valley Bancorp (OTCQB: RVBC) today reported net
income of $3.2 million for 2014, up 18% from $2.7 million in 2013.</p>"""
    release = parse_press_release(html_to_text(html), "EX-99.1", "20150128")
    assert release is not None
    assert release["headline"] == "Redwood Valley Bancorp Reports Record 2014 Earnings"


def test_only_a_printed_signer_is_dropped() -> None:
    # the signer's name, title or board under "Sincerely," is no head line; with none
    # printed the line under the sign-off is the release's headline
    signers = ["",
               "/s/ Robert J. Hanley\nRobert J. Hanley\nPresident and Chief Executive Officer\n\n",
               "Robert J. Hanley\nPresident and Chief Executive Officer\n\n",
               "The Board of Directors\n\n"]
    for signer in signers:
        text = _LETTER.replace("Sincerely,\n\n\n\n", "Sincerely,\n\n" + signer) + _RELEASE
        release = parse_press_release(text, "EX-99.1", "20150128")
        assert release is not None
        assert release["headline"] == "REDWOOD VALLEY BANCORP REPORTS RECORD 2014 EARNINGS", signer


# Round-39 audit: lines the rules above took for a signer's, a cover's or a signature's.

@pytest.mark.parametrize("signer", [
    "John Smith and Mary Jones\nCo-Chief Executive Officers\n\n",
    "John Smith and Mary Jones\n\n",
    "Office of the Corporate Secretary\n\n",
    "Investor Relations Department of Redwood Valley Bancorp\n\n",
    "Juan Carlos de la Fuente Martinez\n\n",
    "Mary Ellen Smith-Jones for Redwood Valley Bancorp\nVice President, Investor Relations\n\n",
    "The Redwood Valley Bancorp Special Committee\n\n",
    "Your friends at Redwood Valley Bancorp\n\n",
    "Secretary to the Special Committee\n\n",
    "Global Head of Investor Relations\n\n",
])
def test_a_signer_of_five_words_is_no_headline(signer: str) -> None:
    # a line under "Sincerely," is the headline only when it reads as one (a verb of news
    # or a figure), not a pair of names, an office or a committee
    text = _LETTER.replace("Sincerely,\n\n\n\n", "Sincerely,\n\n" + signer) + _RELEASE
    release = parse_press_release(text, "EX-99.1", "20150128")
    assert release is not None
    assert release["headline"] == "REDWOOD VALLEY BANCORP REPORTS RECORD 2014 EARNINGS"
    assert release["subheadlines"] == []


@pytest.mark.parametrize("sub", [
    "(Court Finds It Lacks Jurisdiction Over Beta Claims)",
    "(I.R.S. Private Letter Ruling Confirms Tax-Free Treatment)",
    "(Former Name: Beta Widgets Corporation)",
])
def test_a_bracketed_subheadline_naming_a_cover_word_is_no_cover(sub: str) -> None:
    text = f"""                    ACME WIDGETS WINS RULING IN BETA DISPUTE
{' ' * 10}{sub}

NEW YORK, March 3, 1997 -- Acme Widgets, Inc. (NYSE: ACME) today announced that the court
ruled in its favour.
"""
    release = parse_press_release(text, "EX-99.1", "19970303")
    assert release is not None
    assert release["headline"] == "ACME WIDGETS WINS RULING IN BETA DISPUTE"
    assert release["subheadlines"] == [sub]


def test_a_slash_s_in_a_firm_name_is_no_signature() -> None:
    text = """NOVO NORDISK A/S/NOVOZYMES A/S ANNOUNCE JOINT VENTURE

BAGSVAERD, Denmark, March 3, 1997 -- Novo Nordisk A/S today announced a joint venture with
Novozymes A/S.
"""
    release = parse_press_release(text, "EX-99.1", "19970303")
    assert release is not None
    assert release["headline"] == "NOVO NORDISK A/S/NOVOZYMES A/S ANNOUNCE JOINT VENTURE"


@pytest.mark.parametrize("signer", [
    "John Smith\n{pad}Company Secretary",
    "JOHN SMITH\n{pad}COMPANY SECRETARY",
    "Name: John Smith\n{pad}Title: Executive Vice President and\n{pad}Chief Financial Officer",
])
def test_a_release_right_under_the_form_signature(signer: str) -> None:
    # a typed 6-K whose release follows its signature with no blank line between (the
    # "<PAGE>" line between them is gone): only the signer's name and title are dropped
    pad = " " * 44
    text = f"""                                  SIGNATURES

Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned, thereunto duly authorized.

                                        ACME PLC

Date: March 1, 1998                     By: /s/ John Smith
{pad}-------------------------
{pad}{signer.format(pad=pad)}
                ACME PLC REPORTS RECORD FOURTH QUARTER RESULTS

LONDON, March 1, 1998 -- Acme plc (NYSE: ACM) today reported record results for the
fourth quarter ended December 31, 1997.
"""
    release = parse_press_release(text, "6-K", "19980301")
    assert release is not None
    assert release["headline"] == "ACME PLC REPORTS RECORD FOURTH QUARTER RESULTS"
    assert release["subheadlines"] == []
