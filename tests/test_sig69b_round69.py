"""Signature blocks of round 69b.

A firm's name with no legal form in an unmarked "By:", signing in an entity's capacity ("By:
Icahn Capital Management, its General Partner", the capacity after it or on the line under
it), is an entity signing for the registrant over it, no signer (was: a signer named "Icahn
Capital Management", title "General Partner"; Icahn's Schedule TO-T/A on CVR Energy (2025)
edited). A "By:" alone on the line over the signature ("By:" / "Signature: /s/ Ted
Papapostolou", or "By:" / "/s/ Ted Papapostolou") is its caption: the signer signs by it for
the company named over it (was: no registrant in a schedule, and a signer titled
"Signature:"). In a schedule, a company's officer signing under a "Signature:" label signs for
the company named right over it, and a second "Signature:" with no name over it is a filing
person's own, for no registrant (was: the company's, or none for both). A "Dated:" typed beside
a registrant's name dates the signers under it (a combined filing's second registrant; was
the block's first date; Louisville Gas and Electric's 8-K (2003) edited). A company's name
captioned "Registrant:" or "(Registrant)" left of "By:" is the name alone (was: "Registrant:
..." kept, or no registrant). An office typed by its initials after the signed name ("/s/ John
D. Pittenger, EVP") is the title (was: part of the name).
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from test_sig69_round69 import _beside

from filing2json.parsers.sections.signatures import parse_signatures
from support import FILINGS, ctc_signatures, edited_record

# Icahn's Schedule TO-T/A on CVR Energy (2025, a corpus filing): seven filing persons, each
# entity over "By:" | "/s/ Ted Papapostolou", then "/s/ CARL C. ICAHN"
CVR = FILINGS / "sctota_2025_cvrenergyinc_1.txt"
_CVR_TEXT = CVR.read_text(encoding="latin-1")
_FONT = '<FONT STYLE="font-family: Times New Roman, Times, Serif; font-size: 10pt">'
_GP = "<B>Icahn Enterprises G.P. Inc., its general partner</B>"
_TED = "Ted Papapostolou"
_CFO = "Chief Financial Officer and Secretary"
_CVR_SIGNERS = [
    ("ICAHN ENTERPRISES HOLDINGS L.P.", _TED, _CFO, "2025-01-10"),
    ("ICAHN ENTERPRISES L.P.", _TED, _CFO, "2025-01-10"),
    ("ICAHN ENTERPRISES G.P. INC.", _TED, _CFO, "2025-01-10"),
    ("IEP ENERGY HOLDING LLC", _TED, _CFO, "2025-01-10"),
    ("AMERICAN ENTERTAINMENT PROPERTIES CORP.", _TED,
     "Chief Financial Officer, Treasurer and Secretary", "2025-01-10"),
    ("BECKTON CORP.", _TED, "Vice President", "2025-01-10"),
    (None, "Carl C. Icahn", None, "2025-01-10"),
]


def _signers(record: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(s["registrant"], s["name"], s["title"], s["date"]) for s in record["signatures"]]


def _cvr(edits: dict[str, str]) -> list[tuple[Any, ...]]:
    """(registrant, name, title, date) of CVR's signers, each edit made in the text from
    Beckton's block on (the edits' strings are typed in the blocks above too)."""
    at = _CVR_TEXT.index("BECKTON CORP.</B>")
    tail = _CVR_TEXT[at:]
    for old, new in edits.items():
        assert old in tail
        tail = tail.replace(old, new, 1)
    return _signers(edited_record(CVR, {_CVR_TEXT[at:]: tail}))


def test_cvr_as_filed() -> None:
    assert _signers(edited_record(CVR, {})) == _CVR_SIGNERS


@pytest.mark.parametrize("entity", [
    "Icahn Capital Management, its General Partner",
    "ICAHN CAPITAL MANAGEMENT, its General Partner",
    "Icahn Capital Management, General Partner",
    "Icahn Capital Management, its Managing Member",
])
def test_firm_with_no_legal_form_signing_as_general_partner_is_no_signer(entity: str) -> None:
    # (was: two more signers, "Icahn Capital Management", title "General Partner")
    assert _signers(edited_record(CVR, {_GP: f"<B>{entity}</B>"})) == _CVR_SIGNERS


@pytest.mark.parametrize("entity", [
    "Icahn Capital Management, President",  # (an office, no entity's capacity)
    "Ted Papapostolou, its General Partner",  # (a person's name)
])
def test_signer_named_after_by_with_an_office_as_before(entity: str) -> None:
    name, title = entity.replace("its ", "").split(", ")
    expected = [("ICAHN ENTERPRISES HOLDINGS L.P.", name, title, "2025-01-10"), _CVR_SIGNERS[0]]
    if name == "Icahn Capital Management":
        # (round 70: a firm's name, no given name opening it, before an office names no
        # person: no signer, as before an entity's capacity; was a signer so named)
        expected = _CVR_SIGNERS[:2]
    assert _signers(edited_record(CVR, {_GP: f"<B>{entity}</B>"}))[:2] == expected


_CERTIFIED = ("After due inquiry and to the best of my knowledge and belief, I certify that the "
              "information set forth in this statement is true, complete and correct.\n\n")
_PURSUANT = ("Pursuant to the requirements of the Securities Exchange Act of 1934, the "
             "registrant has duly caused this report to be signed on its behalf by the "
             "undersigned hereunto duly authorized.\n\n")
_HARBOR = "HARBOR POINT LIMITED PARTNERSHIP"


def _typed(lines: list[str], head: str = _PURSUANT, pad: int = 36) -> list[tuple[Any, ...]]:
    block = head + "".join(f"{' ' * pad}{line}\n" if line else "\n" for line in lines)
    return [(s["registrant"], s["name"], s["title"], s["date"])
            for s in parse_signatures(block, False, [])]


def test_firm_over_its_capacity_on_the_next_line_is_no_signer() -> None:
    # (the lines of CVR's first block re-typed as text; was: a signer "Harbor Point
    # Management", title "its General Partner")
    assert _typed([_HARBOR, "By: Harbor Point Management", "    its General Partner", "",
                   f"By: /s/ {_TED}", f"Name: {_TED}", f"Title: {_CFO}", "",
                   "Date: January 10, 2025"]) == [(_HARBOR, _TED, _CFO, "2025-01-10")]


def test_firms_side_by_side_over_their_capacity_are_no_signers() -> None:
    # (was: two more signers, "Harbor Point Management", title "general partner")
    lines = [_beside(_HARBOR, "HARBOR POINT II L.P."), "",
             _beside("By: Harbor Point Management,", "By: Harbor Point Management,"),
             _beside("    its general partner", "    its general partner"), "",
             _beside(f"By: /s/ {_TED}", f"By: /s/ {_TED}"),
             _beside(f"Name: {_TED}", f"Name: {_TED}"),
             _beside("Title: Chief Financial Officer", "Title: Secretary")]
    assert _typed(lines, pad=4) == [(_HARBOR, _TED, "Chief Financial Officer", None),
                                    ("HARBOR POINT II L.P.", _TED, "Secretary", None)]


def test_person_by_with_no_mark_as_before() -> None:
    assert _typed([_HARBOR, "By: John Smith, its General Partner", "",
                   "Date: January 10, 2025"]) == [
        (_HARBOR, "John Smith", "General Partner", "2025-01-10")]


# Beckton's "By:" | "/s/ Ted Papapostolou" row of CVR, and Icahn's signature row
_BECKTON_BY = (f'<TD>{_FONT}By:</FONT></TD>\n    <TD STYLE="border-bottom: Black 1pt solid">'
               f"{_FONT}/s/ Ted Papapostolou</FONT></TD></TR>")
_ICAHN = (f'<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid">{_FONT}/s/ CARL C. ICAHN'
          "</FONT></TD></TR>")
_ROW = '</TR>\n  <TR STYLE="vertical-align: top">\n    <TD>&nbsp;</TD>\n    <TD>&nbsp;</TD>\n    '


@pytest.mark.parametrize("signed", ["Signature: /s/ Ted Papapostolou", "/s/ Ted Papapostolou"])
def test_by_alone_over_the_signature_signs_for_the_company_over_it(signed: str) -> None:
    # ("By:" in its row, the signature in the next; was: Beckton's signer for no registrant)
    by_alone = (f"<TD>{_FONT}By:</FONT></TD>\n    <TD>&nbsp;</TD>{_ROW}"
                f'<TD STYLE="border-bottom: Black 1pt solid">{_FONT}{signed}</FONT></TD></TR>')
    assert _cvr({_BECKTON_BY: by_alone})[-2:] == _CVR_SIGNERS[-2:]


_BECKTON = "BECKTON CORP."


def test_by_alone_over_a_signature_label_typed() -> None:
    # (was: no registrant; over "Signature:" alone, a signer titled "Signature:" too)
    assert _typed([_BECKTON, "By:", f"Signature: /s/ {_TED}", f"Name/Title: {_TED}, President",
                   "Date: 01/10/2025"], _CERTIFIED) == [
        (_BECKTON, _TED, "President", "2025-01-10")]
    assert _typed([_BECKTON, "By:", "Signature:", f"/s/ {_TED}", "Name/Title:",
                   f"{_TED}, President", "Date:", "01/10/2025"], _CERTIFIED) == [
        (_BECKTON, _TED, "President", "2025-01-10")]
    assert _typed([_BECKTON, "By:", "Signature:", f"/s/ {_TED}", "Name/Title:",
                   f"{_TED}, President", "Date:", "01/10/2025"]) == [
        (_BECKTON, _TED, "President", "2025-01-10")]


def test_by_alone_over_a_line_left_to_sign_as_before() -> None:
    assert _typed([_BECKTON, "By:", "_________________", f"Name: {_TED}", "Title: President"]) == [
        (_BECKTON, _TED, "President", None)]
    assert _typed([_BECKTON, "", f"By: /s/ {_TED}", f"Name: {_TED}", "Title: President", "", "",
                   "/s/ Carl C. Icahn", "Carl C. Icahn"], _CERTIFIED) == [
        (_BECKTON, _TED, "President", None), (None, "Carl C. Icahn", None, None)]


@pytest.mark.parametrize("beckton", [
    f'<TD>{_FONT}Signature:</FONT></TD>\n    <TD STYLE="border-bottom: Black 1pt solid">'
    f"{_FONT}/s/ Ted Papapostolou</FONT></TD></TR>",
    f'<TD COLSPAN="2">{_FONT}Signature: /s/ Ted Papapostolou</FONT></TD></TR>',
])
def test_signature_labels_in_a_schedule(beckton: str) -> None:
    # Beckton's officer under "Signature:" signs for Beckton, and Icahn's "Signature:" with no
    # name over it for himself (was: both for no registrant)
    icahn = (f'<TD COLSPAN="2" STYLE="border-bottom: Black 1pt solid">{_FONT}Signature: /s/ '
             "Carl C. Icahn</FONT></TD></TR>")
    assert _cvr({_BECKTON_BY: beckton, _ICAHN: icahn})[-2:] == _CVR_SIGNERS[-2:]


def test_second_signature_label_with_no_name_over_it_is_the_persons_own() -> None:
    # (was: Icahn signing for "BECKTON CORP.")
    signed = [(_BECKTON, _TED, "President", "2025-01-10"),
              (None, "Carl C. Icahn", None, "2025-01-10")]
    assert _typed([_BECKTON, f"Signature: /s/ {_TED}", f"Name/Title: {_TED}, President",
                   "Date: 01/10/2025", "", "Signature: /s/ Carl C. Icahn",
                   "Name/Title: Carl C. Icahn", "Date: 01/10/2025"], _CERTIFIED) == signed
    assert _typed([_BECKTON, "Signature:", f"/s/ {_TED}", "Name/Title:", f"{_TED}, President",
                   "Date:", "01/10/2025", "", "Signature:", "/s/ Carl C. Icahn", "Name/Title:",
                   "Carl C. Icahn", "Date:", "01/10/2025"], _CERTIFIED) == signed


def test_second_signature_label_as_before() -> None:
    # (a company named over it: its own; not a schedule: the company's second officer)
    assert _typed([_BECKTON, f"Signature: /s/ {_TED}", f"Name/Title: {_TED}, President", "",
                   "ICAHN ENTERPRISES L.P.", f"Signature: /s/ {_TED}",
                   f"Name/Title: {_TED}, Secretary"], _CERTIFIED) == [
        (_BECKTON, _TED, "President", None), ("ICAHN ENTERPRISES L.P.", _TED, "Secretary", None)]
    assert _typed([_BECKTON, f"Signature: /s/ {_TED}", f"Name/Title: {_TED}, President", "",
                   "Signature: /s/ Jane Roe", "Name/Title: Jane Roe, Secretary"]) == [
        (_BECKTON, _TED, "President", None), (_BECKTON, "Jane Roe", "Secretary", None)]


# Louisville Gas and Electric's 8-K (2003, a corpus filing, combined with Kentucky Utilities):
# each registrant's name over its own table, "Dated: | March 25, 2003 | By: | /s/ John R.
# McCall"
LGE = FILINGS / "8k_2003_louisvillegasandelectr_1.htm"
_LGE_TEXT = LGE.read_text(encoding="latin-1")
_KU_END = _LGE_TEXT.index("Kentucky\nUtilities Company</font></b></p>") + 40
_KU_NAME = _LGE_TEXT[_LGE_TEXT.rindex("<p", 0, _KU_END) : _KU_END]
_KU_TABLE = _LGE_TEXT.index("<table", _KU_END)
_KU_ROW = _LGE_TEXT[_KU_TABLE : _LGE_TEXT.index("</tr>", _KU_TABLE)]
_MCCALL = ("John R. McCall", "Executive Vice President, General Counsel and Corporate Secretary")


def _lge(left: str, undated: bool = True) -> list[tuple[Any, ...]]:
    """The combined filing's signers, Kentucky Utilities' name typed in a table cell right of
    `left`, the date cells of its signature's row emptied (`undated`)."""
    row = _KU_ROW.replace(">Dated:</font>", ">&nbsp;</font>").replace(
        ">March 25, 2003</font>", ">&nbsp;</font>") if undated else _KU_ROW
    named = (f'<table><tr><td width="40%"><font size="2">{left}</font></td><td width="60%">'
             '<font size="2">KENTUCKY UTILITIES COMPANY</font></td></tr></table>')
    return _signers(edited_record(LGE, {_KU_NAME: named, _KU_ROW: row}))


@pytest.mark.parametrize("left", ["Dated: March 26, 2003", "Date: March 26, 2003"])
def test_date_beside_the_second_registrants_name_dates_its_signer(left: str) -> None:
    # (was: "2003-03-25", the block's first date)
    assert _lge(left) == [("Louisville Gas and Electric Company", *_MCCALL, "2003-03-25"),
                          ("KENTUCKY UTILITIES COMPANY", *_MCCALL, "2003-03-26")]


def test_registrants_name_with_no_date_beside_it_as_before() -> None:
    # (none beside it: the block's date; the signer's own row dated: its own)
    assert _lge("&nbsp;")[-1] == ("KENTUCKY UTILITIES COMPANY", *_MCCALL, "2003-03-25")
    assert _lge("Dated: March 26, 2003", undated=False)[-1] == (
        "KENTUCKY UTILITIES COMPANY", *_MCCALL, "2003-03-25")


def test_dated_registrants_typed_one_after_another() -> None:
    # (text columns: "Dated: March 26, 2003     KENTUCKY UTILITIES COMPANY"; was 2003-03-25)
    lines = [_beside("Dated: March 25, 2003", "LOUISVILLE GAS AND ELECTRIC COMPANY"), "",
             _beside("", "By: /s/ John R. McCall"), _beside("", "John R. McCall, Secretary"), "",
             _beside("Dated: March 26, 2003", "KENTUCKY UTILITIES COMPANY"), "",
             _beside("", "By: /s/ S. Bradford Rives"), _beside("", "S. Bradford Rives, CFO")]
    assert _typed(lines, pad=0) == [
        ("LOUISVILLE GAS AND ELECTRIC COMPANY", "John R. McCall", "Secretary", "2003-03-25"),
        ("KENTUCKY UTILITIES COMPANY", "S. Bradford Rives", "CFO", "2003-03-26")]


def test_dated_registrants_captioned_one_after_another() -> None:
    # ("Dated: March 26, 2003     KENTUCKY UTILITIES COMPANY (Registrant)"; was 2003-03-25)
    signer = [_beside("", "By: /s/ John R. McCall"), _beside("", "John R. McCall, Secretary")]
    lines = [_beside("Dated: March 25, 2003", "LOUISVILLE GAS AND ELECTRIC COMPANY (Registrant)"),
             "", *signer, "",
             _beside("Dated: March 26, 2003", "KENTUCKY UTILITIES COMPANY (Registrant)"), "",
             *signer]
    assert _typed(lines, pad=0) == [
        ("LOUISVILLE GAS AND ELECTRIC COMPANY", "John R. McCall", "Secretary", "2003-03-25"),
        ("KENTUCKY UTILITIES COMPANY", "John R. McCall", "Secretary", "2003-03-26")]


def test_bare_by_and_signature_labels_take_linear_time() -> None:
    # (~200 KB of "By:" and "Signature:" lines alone, with no signature under them, and
    # of firms over their capacity)
    start = time.process_time()
    parse_signatures(_PURSUANT + "By:\nSignature:\n\n" * 14_000, False, [])
    firms = "By: Harbor Point Management\n    its General Partner\n" * 4_000
    assert parse_signatures(_PURSUANT + firms, False, []) == []
    assert time.process_time() - start < 5


# International Flavors & Fragrances' 8-K (2025, HTML, a corpus filing): its signature table
# re-typed in two columns, the company's name left of "By: /s/ Jennifer Johnson"
IFF = FILINGS / "8k_2025_internationalflavorsan_1.htm"
_IFF_TEXT = IFF.read_text(encoding="latin-1")
_IFF_AT = _IFF_TEXT.index("<table", _IFF_TEXT.index("SIGNATURES</div>"))
_IFF_TABLE = _IFF_TEXT[_IFF_AT : _IFF_TEXT.index("</table>", _IFF_AT) + 8]
_IFF_NAME = "INTERNATIONAL FLAVORS &amp; FRAGRANCES INC."
_JOHNSON = ("INTERNATIONAL FLAVORS & FRAGRANCES INC.", "Jennifer Johnson",
            "Executive Vice President, General Counsel and Corporate Secretary", "2025-05-07")


def _iff(left: str) -> list[tuple[Any, ...]]:
    def row(one: str, two: str) -> str:
        return f'<tr><td style="width: 50%;">{one}</td><td style="width: 50%;">{two}</td></tr>'
    table = "<table>" + row(left, "By: /s/ Jennifer Johnson") + row(
        "", "Name: Jennifer Johnson") + row("", f"Title: {_JOHNSON[2]}") + "</table>"
    return _signers(edited_record(IFF, {_IFF_TABLE: table}))


@pytest.mark.parametrize("left", [f"Registrant: {_IFF_NAME}", f"{_IFF_NAME} (Registrant)",
                                  _IFF_NAME])
def test_registrant_captioned_left_of_by_is_the_name(left: str) -> None:
    # (was: the registrant "Registrant: INTERNATIONAL FLAVORS & FRAGRANCES INC."; the
    # caption after it or none: as before)
    assert _iff(left) == [_JOHNSON]


def test_registrant_captioned_left_of_by_typed() -> None:
    # (was: no registrant)
    assert _typed([_beside("ACME CORP. (Registrant)", "By: /s/ Jane Doe"),
                   _beside("", "Jane Doe, President"), "", "Date: March 1, 2020"], pad=0) == [
        ("ACME CORP.", "Jane Doe", "President", "2020-03-01")]


# CTC's sample 8-K (2000): its signer's office typed by its initials after the name
_CTC = "                  CTC COMMUNICATIONS GROUP, INC.\n\n"


@pytest.mark.parametrize("office", ["EVP", "SVP & CFO", "VP, Finance", "COO", "CAO"])
def test_office_by_its_initials_after_the_signed_name(office: str) -> None:
    # (was: the name "John D. Pittenger, EVP", no title)
    assert ctc_signatures(f"{_CTC}                 By: /s/ John D. Pittenger, {office}\n\n"
                          "Dated: August 3, 2000") == [
        ("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger", office, "2000-08-03")]


def test_office_spelt_out_after_the_signed_name_as_before() -> None:
    assert ctc_signatures(f"{_CTC}                 By: /s/ John D. Pittenger, Chief Operating "
                          "Officer\n\nDated: August 3, 2000") == [
        ("CTC COMMUNICATIONS GROUP, INC.", "John D. Pittenger", "Chief Operating Officer",
         "2000-08-03")]
