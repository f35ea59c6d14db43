"""clean_plain_text, round 29: running feet typed on a line of their own over or under the
page number; the indentation of a line opened by a form feed; a form feed beside a marker."""

from filing2json.parsers import parse
from filing2json.parsers.text import clean_plain_text

_CENTRE = " " * 38
_COVER = (
    "                       SECURITIES AND EXCHANGE COMMISSION\n"
    "                             WASHINGTON, D.C. 20549\n\n"
    "                                   FORM 10-K\n\n"
    "                            ACME INSTRUMENTS, INC.\n"
    "             (Exact name of registrant as specified in its charter)\n\n"
)
_PAGES = [
    "ITEM 1.  BUSINESS\n\n"
    "     Acme Instruments, Inc. designs, manufactures and sells process control\n"
    "instruments used in the chemical, petroleum and pulp and paper industries.\n\n",
    "     The Company sells its products through a direct sales force in North\n"
    "America and through independent distributors in Europe and Asia.\n\n",
    "ITEM 2.  PROPERTIES\n\n"
    "     The Company's principal executive offices and manufacturing plant are\n"
    "located in a 212,000 square foot building it owns in Houston, Texas.\n\n",
    "ITEM 3.  LEGAL PROCEEDINGS\n\n"
    "     The Company is a party to ordinary routine litigation incidental to its\n"
    "business, none of which is expected to have a material adverse effect.\n\n",
]
_FOOT = "                     Acme Instruments, Inc. - 1997 Form 10-K"


def test_running_foot_over_or_under_the_page_number_goes() -> None:
    # the company and form centred on a line of their own at the foot of every page, the
    # page number on the next line (or the line before): furniture, not the item's text
    over = _COVER + "".join(f"{page}\n{_FOOT}\n{_CENTRE}{n}\n<PAGE>\n"
                            for n, page in enumerate(_PAGES, 1)) + "SIGNATURES\n"
    under = _COVER + "".join(f"{page}\n{_CENTRE}- {n} -\n{_FOOT}\n<PAGE>\n"
                             for n, page in enumerate(_PAGES, 1)) + "SIGNATURES\n"
    for text in (over, under):
        out = clean_plain_text(text)
        assert "1997 Form 10-K" not in out and "- 2 -" not in out
        for page in _PAGES:
            assert page in out
        record = parse(text.encode(), "acme_10k_1997.txt")
        items = {item["number"]: item["text"] for item in record["items"]}
        assert items["2"].endswith("212,000 square foot building it owns in Houston, Texas.")
        assert "Form 10-K" not in items["1"]
    # a statement's note closing some pages over their numbers is content: it stays
    notes = "".join(
        f"{page}\n                            SEE ACCOMPANYING NOTES.\n\n{_CENTRE}-{n}-\n<PAGE>\n"
        if n % 2 else f"{page}\n{_CENTRE}-{n}-\n<PAGE>\n" for n, page in enumerate(_PAGES * 2, 1))
    assert clean_plain_text(notes).count("SEE ACCOMPANYING NOTES.") == 4


def test_a_line_opened_by_a_form_feed_keeps_its_indentation() -> None:
    # a printer's form feed typed at the start of a page's first line: the page breaks there,
    # and the line keeps its columns (a centred heading, an indented paragraph, a cover row)
    text = (
        "     Acme Instruments, Inc. designs, manufactures and sells process control\n"
        "instruments used in the chemical, petroleum and pulp and paper industries.\n\n"
        f"{_CENTRE}3\n"
        "\f                                    PART II\n\n"
        "ITEM 5.  MARKET FOR REGISTRANT'S COMMON EQUITY AND RELATED STOCKHOLDER MATTERS\n\n"
        f"{_CENTRE}4\n"
        "\f     The Company's common stock is traded on the Nasdaq National Market under\n"
        "the symbol ACMI. The Company has never paid cash dividends.\n"
        f"{_CENTRE}5\n"
        "\f          Delaware                                    74-2148293\n"
    )
    out = clean_plain_text(text)
    assert "\n                                    PART II\n" in out
    assert "\n     The Company's common stock is traded" in out
    assert "\n          Delaware                                    74-2148293\n" in out
    assert "<PAGE>" not in out and "\f" not in out and f"{_CENTRE}4" not in out


def test_a_form_feed_beside_a_page_marker_breaks_the_page_once() -> None:
    # "\f<PAGE>" or "<PAGE>" over a "\f": one page break, so a head atop every later page of a
    # three-page 10-Q is still "every page" and goes
    head = ("                            ACME INSTRUMENTS, INC.\n"
            "                                  FORM 10-Q\n\n")
    for brk in ("\f<PAGE>\n", "<PAGE>\n\f", "\f\n<PAGE>\n"):
        text = (_COVER + _PAGES[0] + f"{_CENTRE}1\n{brk}{head}{_PAGES[1]}{_CENTRE}2\n{brk}"
                f"{head}{_PAGES[2]}{_CENTRE}3\n")
        out = clean_plain_text(text)
        assert "FORM 10-Q" not in out and "<PAGE>" not in out and "\f" not in out
        assert out.count("ACME INSTRUMENTS, INC.") == 1  # the cover's
        for page in _PAGES[:3]:
            assert page in out
