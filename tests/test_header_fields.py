"""The form type of a filing with no SGML header, read off its cover (header_fields)."""

from __future__ import annotations

import pytest

from filing2json.parsers import parse
from support import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("mark", ["(Amendment No. 1)", "AMENDMENT NO. 1", "  (Amendment No. 2)"])
@pytest.mark.parametrize("after", ["FORM 8-K", "OF THE SECURITIES EXCHANGE ACT OF 1934"])
def test_a_bare_8k_marked_as_an_amendment_under_its_form_line(after: str, mark: str) -> None:
    # sample 001's cover prints "FORM 8-K" over "CURRENT REPORT" and the Act's lines; an
    # amendment adds its number under the form line or under the Act's lines
    lines = SAMPLE_FILES[1].read_text().split("\n")
    k = lines.index(after)
    text = "\n".join([*lines[: k + 1], mark, *lines[k + 1 :]])
    record = parse(text.encode(), "8-K-A.txt")
    assert (record["form_type"], record["is_amendment"]) == ("8-K/A", True)
    assert record["report_date"] == "2000-12-27"


def test_a_bare_schedule_13g_and_its_amendment() -> None:
    # a Schedule 13G's cover as it prints it (the corpus has none): EDGAR's name "SC 13G",
    # "/A" for the amendment numbered under the title
    cover = ("                       UNITED STATES\n"
             "             SECURITIES AND EXCHANGE COMMISSION\n"
             "                   Washington, D.C. 20549\n\n"
             "                        SCHEDULE 13G\n\n"
             "         Under the Securities Exchange Act of 1934\n"
             "                    (Amendment No. 3)*\n\n"
             "                    Acme Widgets, Inc.\n"
             "                     (Name of Issuer)\n\n"
             "                     December 31, 2009\n"
             "     (Date of Event Which Requires Filing of this Statement)\n")
    record = parse(cover.encode(), "13g.txt")
    assert (record["form_type"], record["is_amendment"]) == ("SC 13G/A", True)
    assert record["event_date"] == "2009-12-31"
    lines = cover.split("\n")
    k = lines.index("                    (Amendment No. 3)*")
    original = parse("\n".join(lines[:k] + lines[k + 1 :]).encode(), "13g.txt")
    assert (original["form_type"], original["is_amendment"]) == ("SC 13G", False)
