"""Speed round 35, cover (second pass): the short cuts taken before a regex scan must let every
real spelling through.

- cover dates: the event label is searched only where "event" is printed (in any case), and
  the dates read between the report and event labels serve the report's date only when its
  line ends at the event label;
- a prospectus's legend is matched only at the start of the lines holding "rule" (in any
  case), the first such legend line winning;
- an amendment above or below the form line is looked for only where "amendment" is printed.
"""

from __future__ import annotations

from filing2json.parsers.forms.cover_form import FORM_ON_COVER, cover_form, legend_form
from filing2json.parsers.sections.cover import cover_dates


def test_no_event_label_leaves_the_period_as_the_report_date() -> None:
    region = ("FORM 10-K\n\nANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES "
              "EXCHANGE ACT OF 1934\n\nFor the fiscal year ended December 31, 2023\n\n"
              "Commission File Number 001-12345\n\nACME CORPORATION\n"
              "(Exact name of registrant as specified in its charter)\n")
    assert cover_dates(region) == ("2023-12-31", None)


def test_event_label_in_capitals_is_found() -> None:
    region = ("FORM 8-K\n\nCURRENT REPORT\n\nDATE OF REPORT (DATE OF EARLIEST EVENT REPORTED): "
              "MARCH 3, 2014 (FEBRUARY 27, 2014)\n\nACME CORPORATION\n")
    assert cover_dates(region) == ("2014-03-03", "2014-02-27")


def test_event_label_after_an_earlier_event_word() -> None:
    region = ("FORM 8-K\nIn the event of a conflict\n\n"
              "Date of Report (Date of earliest event reported): May 5, 2008\n")
    assert cover_dates(region) == ("2008-05-05", "2008-05-05")


def test_report_date_between_the_labels() -> None:
    region = ("FORM 8-K\nCURRENT REPORT\n\n"
              "Date of Report                      August 3, 2000\n"
              "(Date of earliest event reported)  (August 2, 2000)\n\n"
              "CTC COMMUNICATIONS GROUP, INC.\n")
    assert cover_dates(region) == ("2000-08-03", "2000-08-02")


def test_date_past_the_report_line_is_not_the_report_date() -> None:
    # the report label's next line ends before the date: the dates read up to the event
    # label (June 3) are not the report's
    region = ("FORM 8-K\n\nDate of Report\nAcme Widget Corp\n"
              "June 3, 1996  (Date of earliest event reported)\n\n")
    assert cover_dates(region) == (None, None)


def test_legend_in_capitals() -> None:
    head = ("PROSPECTUS SUPPLEMENT\n                      FILED PURSUANT TO RULE 424(B)(3)\n"
            "                      REGISTRATION NO. 333-140123\n\nACME CORPORATION\n")
    assert legend_form(head) == ("424B3", 22)


def test_legend_on_the_second_line_holding_rule() -> None:
    head = ("Acme Corp.\nThis communication is subject to rule changes\n"
            "          Filed pursuant to Rule 433\n"
            "          Registration Statement No. 333-123456\n")
    assert legend_form(head) == ("FWP", 57)


def test_legend_of_rule_425_and_497() -> None:
    head = ("Filed by Acme Corp.\npursuant to Rule 425 under the Securities Act of 1933\n"
            "Subject Company: Widget Inc.\n")
    assert legend_form(head) == ("425", 0)
    assert legend_form("                 Filed pursuant to Rule 497(k)\n"
                       "                 File Nos. 033-12345 and 811-01234\n") == ("497K", 0)


def test_check_boxes_citing_rules_are_no_legend() -> None:
    head = ("FORM 8-K\n[ ] Written communications pursuant to Rule 425 under the Securities "
            "Act\n[ ] Soliciting material pursuant to Rule 14a-12\n")
    assert legend_form(head) is None


def _form(head: str) -> str | None:
    return cover_form(head, FORM_ON_COVER.search(head))


def test_amendment_above_and_below_the_form_line() -> None:
    assert _form("SECURITIES AND EXCHANGE COMMISSION\n\nAMENDMENT NO. 2\nTO\nFORM 8-K\n\n"
                 "CURRENT REPORT\n") == "8-K/A"
    assert _form("SECURITIES AND EXCHANGE COMMISSION\n\nFORM 8-K\n\n(amendment no. 1)\n\n"
                 "CURRENT REPORT\n") == "8-K/A"


def test_amendment_out_of_reach_or_absent() -> None:
    far = "SECURITIES AND EXCHANGE COMMISSION\n\nFORM 8-K\n\nCURRENT REPORT\n" + "x" * 420
    assert _form(far + "\nAmendment No. 1\n") == "8-K"
    assert _form("SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\n"
                 "CURRENT REPORT\nPursuant to Section 13 or 15(d)\n") == "8-K"
