"""Quotes, About and safe-harbour sections of press releases, in layouts of 1995-2025 releases."""

from __future__ import annotations

from filing2json.parsers.sections.press_quotes import find_quotes
from filing2json.parsers.sections.press_release import parse_press_release
from filing2json.parsers.sections.press_tail import find_forward_looking


def test_quote_signed_after_a_dash_is_its_signers():
    # HTML rendered to text (one line a paragraph), 2018: the signature is no earlier speaker's
    body = (
        "\u201cThe safety profile was consistent with prior studies,\u201d said Sarah Lee, "
        "M.D., Chief Medical Officer.\n"
        "\u201cWe are thrilled with the data.\u201d \u2013 Michael R. Thompson III, Chairman "
        "of the Board\n"
        '"WidgetPro" - a new line of industrial widgets - ships in June.\n'
    )
    quotes = find_quotes(body)
    assert [q["speaker"] for q in quotes] == ["Sarah Lee", "Michael R. Thompson III"]
    assert quotes[1]["role"] == "Chairman of the Board"
    assert quotes[1]["text"] == "We are thrilled with the data."


def test_surname_resolves_to_a_speaker_named_with_a_suffix():
    body = (
        '     "The new plant in Tulsa came on line ahead of schedule," said John\n'
        "Smith, Jr., Chief Financial Officer.\n\n"
        '     "We grew this year," commented Mr. Smith.\n'
    )
    quotes = find_quotes(body)
    assert quotes[1] == {
        "speaker": "John Smith, Jr.",
        "role": "Chief Financial Officer",
        "text": "We grew this year",
    }


# HTML rendered to text (2010): one line a paragraph
_LITWARE = "\n\n".join([
    "EXHIBIT 99.1",
    "LITWARE INC. REPORTS THIRD QUARTER RESULTS",
    "NEW YORK, Nov. 2, 2010 /PRNewswire/ -- Litware Inc. (NYSE: LIT) today reported third "
    "quarter net income of $12.3 million.",
    "Revenue increased 8% to $140 million.",
    "This press release contains forward-looking statements within the meaning of the Private "
    "Securities Litigation Reform Act of 1995, including statements about expected revenue.",
    "Actual results may differ materially from those projected. Additional risk factors are "
    "described in the Company's Annual Report on Form 10-K.",
    "Litware Inc. undertakes no obligation to update any forward-looking statement.",
    "The Company will host a conference call today at 10:00 a.m. Eastern Time to discuss "
    "these results with analysts and investors.",
    "CONTACT: Bob White, +1-212-555-0199, bwhite@litware.com\n",
])


def test_headingless_safe_harbour_keeps_its_later_paragraphs():
    fls = parse_press_release(_LITWARE, "EX-99.1")["forward_looking_statements"]
    assert fls.startswith("This press release contains forward-looking statements")
    assert fls.endswith("undertakes no obligation to update any forward-looking statement.")
    assert fls.count("\n\n") == 2


def test_safe_harbour_goes_on_through_its_listed_risks():
    text = (
        "Forward-Looking Statements\n\n"
        "This press release contains \u201cforward-looking statements\u201d within the meaning "
        "of the federal securities laws.\n\n"
        "Forward-looking statements are subject to risks and uncertainties, many of which are "
        "beyond our control, including:\n\n"
        "\u2022  economic conditions;\n\n"
        "\u2022  supply chain disruptions; and\n\n"
        "\u2022  competition.\n\n"
        "Tailspin undertakes no obligation to update any forward-looking statement.\n\n"
        "Investor Contact:\nEmily Stone\n(404) 555-0123\n"
    )
    fls = find_forward_looking("Net sales increased 12% to $410.2 million.\n\n" + text)
    assert "\u2022 supply chain disruptions; and\n\n\u2022 competition." in fls
    assert fls.endswith(
        "Tailspin undertakes no obligation to update any forward-looking statement."
    )


def test_safe_harbour_heading_underline_is_no_text():
    # 1999 text: the heading wraps, dashes underline it, a "- --------" rule follows
    text = (
        "     Westell Technologies, Inc. is a holding company headquartered in Aurora.\n\n"
        '     "Safe Harbor" statement under the Private Securities  Litigation Reform Act\n'
        "     ---------------------------------------------------------------------------\n"
        "of 1995:\n"
        "- --------\n\n"
        "     Certain  statements  contained herein are forward-looking  statements that\n"
        "involve a number of risks and  uncertainties.\n"
    )
    assert find_forward_looking(text) == (
        "Certain statements contained herein are forward-looking statements that "
        "involve a number of risks and uncertainties."
    )


def test_about_headed_company_background():
    # Business Wire 2003, HTML rendered to text: "<Company> Background" heads each About
    text = "\n\n".join([
        "Exhibit 99.1",
        "Adatum Corp. Completes Acquisition of Woodgrove Inc.",
        "CHICAGO, April 2, 2003 (BUSINESS WIRE) -- Adatum Corp. (NYSE: ADT) today completed "
        "its acquisition of Woodgrove Inc.",
        '"This acquisition expands our reach," said Karen Hill, Adatum\'s chief executive.',
        "Adatum Corp. Background",
        "Adatum Corp. is a diversified manufacturer of industrial controls, with annual "
        "revenues of $1.2 billion.",
        "Woodgrove Inc. Background",
        "Woodgrove Inc. makes sensors for the automotive market.",
        "-30-\n",
    ])
    release = parse_press_release(text, "EX-99.1")
    assert release["about"] == {
        "company": "Adatum Corp.",
        "text": "Adatum Corp. is a diversified manufacturer of industrial controls, with annual "
        "revenues of $1.2 billion.",
    }
    assert release["body"].endswith("said Karen Hill, Adatum's chief executive.")


def _northwind(heading: str, about: str) -> str:
    # PR Newswire 2009, HTML rendered to text (one line a paragraph)
    return "\n\n".join([
        "Exhibit 99.1",
        "NORTHWIND SYSTEMS REPORTS SECOND QUARTER RESULTS",
        "SEATTLE, July 28, 2009 /PRNewswire-FirstCall/ -- Northwind Systems, Inc. (Nasdaq: "
        "NWND) today reported second quarter revenue of $84.2 million, up 6% from a year ago.",
        heading,
        about,
        "Contact:\nPeter Vance\n(206) 555-0142\n",
    ])


def test_about_under_a_generic_heading_names_the_dateline_company():
    # "The Company is ..." names no company: the dateline's is the one
    about = (
        "The Company is a leading designer of network storage systems for mid-sized "
        "businesses. Northwind is based in Seattle, Washington."
    )
    release = parse_press_release(_northwind("About the Company", about), "EX-99.1")
    assert release["about"] == {"company": "Northwind Systems, Inc.", "text": about}


def test_company_profile_about_opening_with_a_clause_is_found():
    # "Founded in 1987, Northwind ..." / "..., together with its subsidiaries (the "Company")"
    for about, company in [
        ("Founded in 1987, Northwind Systems, Inc. is a leading designer of network storage "
         "systems for mid-sized businesses.", "Northwind Systems, Inc."),
        ('Northwind Systems, Inc., together with its subsidiaries (collectively, the '
         '"Company"), is a leading designer of network storage systems.',
         "Northwind Systems, Inc."),
        ("Headquartered in Seattle, Northwind Systems designs network storage systems for "
         "mid-sized businesses.", "Northwind Systems"),
    ]:
        release = parse_press_release(_northwind("Company Profile", about), "EX-99.1")
        assert release["about"] == {"company": company, "text": about}
        assert release["body"].endswith("up 6% from a year ago.")


def test_safe_harbour_heading_run_into_a_paragraph_not_saying_the_phrase():
    # 1990s-2000s text: the heading opens the paragraph, whose text never prints
    # "forward-looking statements" (only "statements ... that are forward-looking")
    fls = (
        "Safe Harbor Statement: Statements in this release that are forward-looking are made "
        "pursuant to the safe harbor provisions of the Private Securities Litigation Reform Act "
        "of 1995. Such statements involve risks and uncertainties."
    )
    release = parse_press_release(
        _northwind("Revenue rose in every region.", fls), "EX-99.1"
    )
    assert release["forward_looking_statements"] == fls
    assert release["body"].endswith("Revenue rose in every region.")
