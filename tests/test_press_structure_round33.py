"""Press releases (round 33): three releases of one exhibit each with its contacts under its
own end mark, a "* * *" divider over the last section of the body, a "Released:" date line,
and an exhibit of thousands of releases read in linear time; layouts of real EX-99s."""

from __future__ import annotations

import time

from filing2json.parsers.sections.press_release import parse_press_release, parse_press_releases


def _release(headline: str, news: str, heading: str, name: str, phone: str) -> str:
    # a 2010s EX-99.1 release closed by "###", its contacts printed under the mark
    return f"""\
{headline}

NEW YORK, March 3, 2015 -- Acme Widgets, Inc. (NYSE: AWI) today announced {news}.

###

{heading}
{name}
Acme Widgets, Inc.
{phone}

"""


_THREE = (
    _release("Acme Widgets Reports Record Fourth Quarter Results",
             "record revenue of $45.2 million for the fourth quarter of 2014, up 25% from\n"
             "$36.1 million a year ago", "Investor Contact:", "Jane Roe", "(212) 555-0100")
    + _release("Acme Widgets Declares Quarterly Dividend",
               "that its Board of Directors declared a quarterly cash dividend of $0.10 per\n"
               "share, payable April 1, 2015", "Media Contact:", "John Doe", "(212) 555-0199")
    + _release("Acme Widgets Names New Chief Financial Officer",
               "the appointment of Mary Major as Chief Financial Officer, effective April 1,\n"
               "2015", "Media Contact:", "Richard Poe", "(212) 555-0142"))


def test_three_releases_keep_the_contacts_under_their_own_end_marks() -> None:
    releases = parse_press_releases(_THREE, "EX-99.1")
    assert [r["headline"] for r in releases] == [
        "Acme Widgets Reports Record Fourth Quarter Results",
        "Acme Widgets Declares Quarterly Dividend",
        "Acme Widgets Names New Chief Financial Officer"]
    assert [[c["name"] for c in r["contacts"]] for r in releases] == [
        ["Jane Roe"], ["John Doe"], ["Richard Poe"]]


# A 2012 EX-99.1: "* * *" sets the conference call apart, above the About and contacts
_DIVIDED = """\
Acme Widgets Reports Record Fourth Quarter Results

NEW YORK, March 3, 2015 -- Acme Widgets, Inc. (NYSE: AWI) today announced record revenue of
$45.2 million for the fourth quarter of 2014, up 25% from $36.1 million a year ago.

"We closed the year with record orders," said John Smith, Chief Executive Officer.

* * *

Acme Widgets will host a conference call to discuss the results at 10:00 a.m. Eastern Time
today. The call can be accessed by dialing (800) 555-0123 and asking for the Acme call.

About Acme Widgets, Inc.

Acme Widgets, Inc. is a leading maker of industrial widgets based in New York, New York.

Contact:
Jane Roe
(212) 555-0100
"""


def test_a_paragraph_between_a_divider_and_the_about_is_the_bodys() -> None:
    release = parse_press_release(_DIVIDED, "EX-99.1")
    assert release is not None
    assert release["body"].endswith(
        "The call can be accessed by dialing (800) 555-0123 and asking for the Acme call.")
    assert "* * *" not in release["body"]
    assert release["about"]["text"].startswith("Acme Widgets, Inc. is a leading maker")
    assert [c["name"] for c in release["contacts"]] == ["Jane Roe"]
    # a divider over tables still ends the body
    text = _DIVIDED.replace(
        "Acme Widgets will host a conference call to discuss the results at 10:00 a.m. Eastern"
        " Time\ntoday. The call can be accessed by dialing (800) 555-0123 and asking for the"
        " Acme call.",
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands)\n\n"
        "Revenue                              $45,210     $36,105")
    assert "STATEMENTS" in text
    release = parse_press_release(text, "EX-99.1")
    assert release is not None
    assert release["body"].endswith("said John Smith, Chief Executive Officer.")


# A 1997 text release dated only on a "Released:" line over its headline
_RELEASED = """\
Released: March 3, 1997

ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS

NEW YORK, N.Y. -- Acme Widgets, Inc. (NYSE: AWI) today announced record revenue of $45.2
million for the fourth quarter of 1996, up 25% from $36.1 million a year earlier.
"""


def test_a_released_line_dates_the_release_and_is_no_headline() -> None:
    release = parse_press_release(_RELEASED, "EX-99")
    assert release is not None
    assert release["date"] == "1997-03-03"
    assert release["headline"] == "ACME WIDGETS REPORTS RECORD FOURTH QUARTER RESULTS"


def _wire_release(i: int) -> str:
    # short releases of one day, each closed by "* * *" (each read as the first's supplement)
    return f"""\
Acme Widgets Announces Store Opening Number {i}

NEW YORK, March 3, 2015 -- Acme Widgets, Inc. (NYSE: AWI) today announced the opening of
its store number {i} in Springfield, its largest store to date.

* * *

"""


def _seconds(text: str) -> float:
    start = time.process_time()
    parse_press_releases(text, "EX-99.1")
    return time.process_time() - start


def test_an_exhibit_of_thousands_of_releases_is_read_in_linear_time() -> None:
    # (the end marks were placed by counting lines from the text's start each time: 16 times
    # the releases took about 40 times as long; linear is 16; best of three, interleaved,
    # against noise on a shared machine)
    small = "".join(_wire_release(i) for i in range(1000))
    large = "".join(_wire_release(i) for i in range(16000))
    times = [(_seconds(small), _seconds(large)) for _ in range(3)]
    assert min(t for _, t in times) < 25 * min(t for t, _ in times)


_QUOTE = '"We closed the year with record orders," said John Smith, Chief Executive Officer.'
_CALL = ("Acme Widgets will host a conference call to discuss the results at 10:00 a.m. Eastern"
         " Time\ntoday. The call can be accessed by dialing (800) 555-0123 and asking for the"
         " Acme call.")


def test_a_note_legend_or_second_dateline_under_a_divider_is_no_body() -> None:
    # what real releases print between "* * *" and the About that is not the release's news
    for between in (
        "Editor's Note: High-resolution photographs of the new Acme plant are available at\n"
        "www.acme.com/media.",
        "A photo accompanying this release is available at\n"
        "http://www.businesswire.com/cgi-bin/mmg.cgi?eid=5123456.",
        "This announcement is neither an offer to purchase nor a solicitation of an offer to\n"
        "sell any securities of Acme Widgets, Inc.",
        "Additional Information and Where to Find It. In connection with the proposed merger,\n"
        "Acme will file a proxy statement with the Securities and Exchange Commission.\n\n"
        "Participants in the Solicitation. Acme and its directors and executive officers may be\n"
        "deemed to be participants in the solicitation of proxies from Acme's stockholders.",
        "NEW YORK, March 3, 2015 -- Acme Widgets, Inc. also announced today that its Board of\n"
        "Directors declared a quarterly dividend of $0.10 per share payable April 1, 2015.",
    ):
        assert _CALL in _DIVIDED
        release = parse_press_release(_DIVIDED.replace(_CALL, between), "EX-99.1")
        assert release is not None
        assert release["body"].endswith(_QUOTE), between
        assert "* * *" not in release["body"]
