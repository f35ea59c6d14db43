"""Signature blocks of round 55: a footnote's mark ("*", "**", "\u2020", "(1)", an HTML
"<sup>1</sup>") typed after a signer's title or printed name points to a note under the
block; it is no part of the value."""

from __future__ import annotations

from typing import Any

from support import CTC_DATED, FILINGS, ctc_signatures, edited_record, page_america_signer


def _signers(name: str, edit: dict[str, str]) -> list[tuple[Any, ...]]:
    return [(s["name"], s["title"], s["date"])
            for s in edited_record(FILINGS / name, edit)["signatures"]]


def test_attorney_in_fact_keeps_no_footnote_mark() -> None:
    # Page America Group's S-3/A of May 1995 (a corpus filing) edited: the attorney's
    # capacity marked for the note under the table ("* Pursuant to power of attorney"), as
    # 10-K and S-8 tables print it; the title kept the mark
    for mark in ("*", "**", " *", "\u2020", " (1)", "(*)"):
        lines = f"*By:/s/ Martin H. Neidell\n    Martin H. Neidell,\n    Attorney-in-Fact{mark}\n"
        assert page_america_signer(lines) == ("Martin H. Neidell", "Attorney-in-Fact",
                                              "1995-05-25"), mark
    # (a bracketed word is no mark: "Director (Class II)")
    assert page_america_signer("*By:/s/ Martin H. Neidell\n    Martin H. Neidell,\n"
                               "    Director (Class II)\n")[1] == "Director (Class II)"


def test_title_keeps_no_footnote_mark() -> None:
    # Turner Broadcasting's 8-K of January 1994 (a corpus filing) edited: the title's lines
    # marked for a note, at its end or on a line before the last
    turner = "8k_1994_turnerbroadcastingsyst_1.txt"
    title = "Vice President and Controller and Chief Accounting Officer"
    for old, new in (("and Chief Accounting Officer", "and Chief Accounting Officer*"),
                     ("Title: Vice President and Controller",
                      "Title: Vice President and Controller (1)")):
        assert _signers(turner, {old: new}) == [("William S. Ghegan", title, "1994-01-24")], new
    # Atrinsic's 8-K of April 2016 (HTML, a corpus filing) edited: the mark in <sup>, which
    # renders as a superscript digit, or a dagger
    atrinsic = "8k_2016_atrinsicinc_1.txt"
    for mark in ("<sup>1</sup>", "<sup>*</sup>", "&#8224;"):
        edit = {"Chief Financial Officer</FONT></TD>": f"Chief Financial Officer{mark}</FONT></TD>"}
        assert _signers(atrinsic, edit) == [
            ("Alexander Arrow", "Chief Financial Officer", "2016-04-25")], mark


def test_typed_name_keeps_no_footnote_mark() -> None:
    # Zurn Industries' 8-K of April 1994 (a corpus filing) edited: the name typed under
    # "/s/ W.A. Freeman" marked for a note; it is still the printed name
    edit = {"William A. Freeman": "William A. Freeman*"}
    assert _signers("8k_1994_zurnindustriesinc_2.txt", edit) == [
        ("William A. Freeman", "President", "1994-04-19")]
    # PerkinElmer's 10-K405 of 2001 (a corpus filing) edited: a director signed for by the
    # attorney-in-fact ("*" in the signature column), the typed name under it marked too
    edit = {"By: /s/ TAMARA J. ERICKSON  ": "*                            ",
            "    Tamara J. Erickson": "    Tamara J. Erickson*"}
    signers = _signers("10k405_2001_perkinelmerinc_1.txt", edit)
    assert signers[2] == ("Tamara J. Erickson", "Director", "2001-03-26")


def test_ownership_report_title_keeps_no_footnote_mark() -> None:
    # Productivity Technologies' Form 4 of March 2000 (a corpus filing) edited into the
    # printed form's layout: the signature and date over "**Signature of Reporting Person" /
    # "Date", the officer's title typed after the name with a note's mark
    edit = {"SIGNATURE OF REPORTING PERSON\n  /s/         Alan H. Foster\nDATE\nMarch 13, 2000":
            "/s/ Alan H. Foster, Chief Financial Officer (1)      March 13, 2000\n"
            "-------------------------------                    --------------\n"
            "**Signature of Reporting Person                        Date"}
    assert _signers("4_2000_productivitytechnologi_1.txt", edit) == [
        ("Alan H. Foster", "Chief Financial Officer", "2000-03-13")]


def test_signed_name_keeps_no_footnote_mark() -> None:
    # PerkinElmer's 10-K405 of 2001 (a corpus filing) edited: the name after "/s/" in the
    # table's signature column marked for a note, in brackets or superscript
    for mark in (" (1)", "\u00b9 "):
        edit = {"By: /s/ KENT F. HANSEN     ": f"By: /s/ KENT F. HANSEN{mark}  "}
        signers = _signers("10k405_2001_perkinelmerinc_1.txt", edit)
        assert signers[3] == ("Kent F. Hansen", "Director", "2001-03-26"), mark


def test_blank_signature_cell_under_its_title_row() -> None:
    # PerkinElmer's 10-K405 of 2001 (a corpus filing) edited: a director's signature cell
    # left empty, so the row's title and date stand alone over the line to sign on (the
    # name typed under it); the title was lost
    perkinelmer = "10k405_2001_perkinelmerinc_1.txt"
    row = "Director                                March 2"
    edit = {f"By: /s/ TAMARA J. ERICKSON                           {row}6, 2001":
            f"                                                     {row}7, 2001"}
    assert _signers(perkinelmer, edit)[2] == ("Tamara J. Erickson", "Director", "2001-03-27")
    # (the title over two lines, and on under the line: read whole)
    edit = {"By: /s/ ROBERT F. FRIEL                              Senior":
            "                                                     Senior"}
    assert _signers(perkinelmer, edit)[1] == (
        "Robert F. Friel", "Senior Vice President and Chief Financial Officer (Principal "
        "Financial Officer and Principal Accounting Officer)", "2001-03-26")


def test_blank_lines_over_name_and_title() -> None:
    # sample 000 (CTC Communications 8-K, August 2000) edited: two officers' lines left to
    # sign on, side by side, each over "Name, Title" typed in its column (a copy filed
    # unsigned); a name with no title after it was read, not one with its title
    at = "                  "
    block = (f"{at}CTC COMMUNICATIONS GROUP, INC.\n\n"
             f"{at}___________________________     ___________________________\n"
             f"{at}John D. Pittenger, President    Jane Roe, Treasurer\n" + CTC_DATED)
    ctc = "CTC COMMUNICATIONS GROUP, INC."
    assert ctc_signatures(block) == [(ctc, "John D. Pittenger", "President", "2000-08-03"),
                                     (ctc, "Jane Roe", "Treasurer", "2000-08-03")]
    # (a witness's line is still no signer's)
    block = (f"{at}CTC COMMUNICATIONS GROUP, INC.\n\n{at}By: /s/ John D. Pittenger\n"
             f"{at}    John D. Pittenger, President\n\nATTEST:\n\n"
             "___________________________\nJane Roe, Secretary\n" + CTC_DATED)
    assert ctc_signatures(block) == [(ctc, "John D. Pittenger", "President", "2000-08-03")]


def test_unsigned_table_row_under_a_signed_one() -> None:
    # Acurx Pharmaceuticals' S-1 of June 2023 (HTML, a corpus filing) edited: a director's
    # signature cell left empty or ruled; the rendered text drops the empty cell and the
    # blank row, so "Director | June 29, 2023" over "Carl V. Sailer" came right under the
    # signer above, whose title took both ("Executive Chairman, Director Carl V. Sailer")
    acurx = "s1_2023_acurxpharmaceuticalsin_1.txt"
    for cell in ("&nbsp;", "", "_____________________"):
        signers = _signers(acurx, {"/s/ Carl V. Sailer</TD>": f"{cell}</TD>"})
        assert signers[3:6] == [("Robert J. DeLuccia", "Executive Chairman", "2023-06-29"),
                                ("Carl V. Sailer", "Director", "2023-06-29"),
                                ("Joseph C. Scodari", "Director", "2023-06-29")], cell
    # PerkinElmer's 10-K405 of 2001 (a corpus filing) edited: in text, the row under the
    # signer above with no blank line between, a rule over the name
    edit = {"    Tamara J. Erickson\n\nBy: /s/ KENT F. HANSEN  ":
            "    Tamara J. Erickson\n                        "}
    signers = _signers("10k405_2001_perkinelmerinc_1.txt", edit)
    assert signers[2:4] == [("Tamara J. Erickson", "Director", "2001-03-26"),
                            ("Kent F. Hansen", "Director", "2001-03-26")]
