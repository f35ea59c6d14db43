"""Press releases (round 56): which About is the issuer's when a merger partner's standing
paragraph is printed beside the issuer's headingless one.

The tests edit Westell Technologies' December 1999 release (corpus filing
8k_1999_westelltechnologiesinc_3.txt, EX-99.1), which prints Teltrend's standing paragraph,
then Westell's, then its "Safe Harbor" statement, none of them headed: the edits move the
safe harbour above the two paragraphs, or give Teltrend's a heading, as other merger
releases print them.
"""

from __future__ import annotations

from typing import Any

import pytest

from filing2json.parsers import parse
from support import FILINGS

_WESTELL = "8k_1999_westelltechnologiesinc_3.txt"
_TELTREND = "Teltrend  Inc.,  established"
_WESTELL_ABOUT = "Westell  Technologies,  Inc,  headquartered"
_SAFE_HARBOR = '     "Safe Harbor" statement'
_SAFE_HARBOR_END = "unanticipated events"
_BODY_END = "Goldman, Sachs & Co. and Hambrecht & Quist acted as Westell's financial advisors " \
            "while Soundview Financial advised Teltrend."
_OWN = "Westell Technologies, Inc, headquartered in Aurora, Illinois, is a holding company " \
       "for Westell, Inc. and Conference Plus, Inc."
_OTHER = "Teltrend Inc., established in 1979 with over 500 employees worldwide, is " \
         "headquartered in suburban Chicago."


def _westell(order: str, **spelled: str) -> dict[str, Any]:
    """Westell's release with its tail printed in ``order``: "T" Teltrend's paragraph, "W"
    Westell's, "S" the safe harbour, any other text as written (a heading)."""
    raw = (FILINGS / _WESTELL).read_bytes().decode("latin-1")
    t, w, s = raw.index(_TELTREND), raw.index(_WESTELL_ABOUT), raw.index(_SAFE_HARBOR)
    end = raw.index(_SAFE_HARBOR_END) + len(_SAFE_HARBOR_END)
    parts = {"T": raw[t:w], "W": raw[w:s], "S": raw[s:end] + ".\n\n"}
    for key, text in spelled.items():
        parts[key] = parts[key].replace(*text.split("|"))
    tail = "".join(parts.get(p, p + "\n\n") for p in order.split("/"))
    raw = raw[:t] + tail + raw[end:]
    return parse(raw.encode("utf-8"), _WESTELL)["press_releases"][0]


@pytest.mark.parametrize("heading", ["Background", "BACKGROUND:"])
def test_background_over_a_partner_between_the_safe_harbor_and_the_about(heading: str) -> None:
    # the safe harbour, "Background" over Teltrend's paragraph, then Westell's own (was: no
    # About, as only the paragraph right after the safe harbour was looked at)
    rel = _westell(f"S/{heading}/T/W")
    assert rel["about"]["company"] == "Westell Technologies, Inc"
    assert rel["about"]["text"].startswith(_OWN)
    assert rel["about"]["text"].endswith("visiting Westell's Web site at www.westell.com.")
    assert rel["body"].endswith(_BODY_END)
    assert rel["forward_looking_statements"].startswith("Certain statements contained herein")
    assert _OTHER not in rel["forward_looking_statements"]


def test_background_over_the_company_after_the_safe_harbor() -> None:
    # "Background" over Westell's own paragraph right after the safe harbour (was: no About:
    # the heading was the paragraph looked at)
    rel = _westell("S/Background/W/T")
    assert rel["about"]["company"] == "Westell Technologies, Inc"
    assert rel["about"]["text"].startswith(_OWN)


@pytest.mark.parametrize("heading", ["About Teltrend", "ABOUT TELTREND INC."])
@pytest.mark.parametrize("order", [
    "{h}/T/W/S",  # the partner's About heading over both paragraphs
    "W/{h}/T/S",  # the company's paragraph above the partner's About
])
def test_a_partners_headed_about_yields_to_the_companys(heading: str, order: str) -> None:
    # a merger partner's About headed, the issuer's printed without a heading (was: the
    # partner's About, holding Westell's paragraph in the first order)
    rel = _westell(order.format(h=heading))
    assert rel["about"] == {
        "company": "Westell Technologies, Inc",
        "text": " ".join(_OWN.split()) + " Westell, Inc. manufactures and licenses DSL "
                "systems and value added CPE, and manufactures telecommunications access "
                "products. Conference Plus, Inc. is an Applications Service Provider managing "
                "and hosting audio, video, IP conferencing and support services. Additional "
                "information can be obtained by visiting Westell's Web site at www.westell.com."}
    # the body ends above both standing paragraphs, Teltrend's in neither part
    assert rel["body"].endswith(_BODY_END)
    assert "Teltrend Inc., established" not in rel["about"]["text"]


def test_a_partners_about_above_the_safe_harbor_the_companys_below() -> None:
    # "About Teltrend" above the safe harbour, Westell's paragraph below it, opening as
    # standing paragraphs do ("Westell Technologies, Inc. is a holding company"): Westell's
    # (was: Teltrend's)
    rel = _westell("About Teltrend/T/S/W", W="Westell  Technologies,  Inc,  headquartered  in "
                   "Aurora,  Illinois,  is a|Westell Technologies, Inc. is a")
    assert rel["about"]["company"] == "Westell Technologies, Inc."
    assert rel["about"]["text"].startswith("Westell Technologies, Inc. is a holding company")
    assert rel["body"].endswith(_BODY_END)


@pytest.mark.parametrize("order", ["About Teltrend/T/W/S", "W/About Teltrend/T/S",
                                   "About Teltrend/T/S/W"])
def test_a_partners_about_stays_with_no_paragraph_of_the_company(order: str) -> None:
    # ... and with Westell's paragraph printed as another firm's, Teltrend's About is kept
    rel = _westell(order, W="Westell  Technologies,  Inc,  headquartered  in Aurora,  "
                   "Illinois,  is a|Alpha Systems, Inc. is a")
    assert rel["about"]["company"] == "Teltrend"
    assert rel["about"]["text"].startswith(_OTHER)


# ---- the audit: two releases in one exhibit, statements above the tail -----------------------

_PERICOM_Q3 = "8k_2007_pericomsemiconductorco_1.txt"  # no end mark, no contacts
_PERICOM_Q2 = "8k_2007_pericomsemiconductorco_2.txt"  # contacts over its headline, "- END -"


def _exhibit(name: str) -> tuple[str, str]:
    """The filing ``name`` and its EX-99.1's text."""
    raw = (FILINGS / name).read_bytes().decode("latin-1")
    start = raw.index("<TEXT>", raw.index("<TYPE>EX-99.1")) + len("<TEXT>")
    return raw, raw[start : raw.index("</TEXT>", start)]


def test_a_release_printing_no_end_mark_over_one_that_does() -> None:
    # Pericom's Q3 2007 release (no end mark) with its Q2 release printed under it in the one
    # exhibit, as 1990s-2000s exhibits print several: Q2's "- END -" closed no release, so
    # the markless search was never made (was: one release, Q2's lead and tables its body)
    raw, q3 = _exhibit(_PERICOM_Q3)
    _, q2 = _exhibit(_PERICOM_Q2)
    rels = parse(raw.replace(q3, q3 + "\n" + q2, 1).encode("utf-8"), _PERICOM_Q3)[
        "press_releases"]
    assert [(r["headline"], r["date"]) for r in rels] == [
        ("Pericom Semiconductor Reports Q3 2007 Financial Results", "2007-04-26"),
        ("PERICOM SEMICONDUCTOR REPORTS Q2 2007 FINANCIAL RESULTS", "2007-01-31")]
    assert "Jan. 31, 2007" not in rels[0]["body"]
    # the contact block over Q2's headline is Q2's, as it is under an end mark
    assert rels[0]["contacts"] == []
    assert [(c["name"], c["phone"]) for c in rels[1]["contacts"]] == [
        ("Alexis Pascal", "650-470-0200"), ("Deborah Stapleton", "650-470-0200")]
    assert rels[1]["body"].startswith("San Jose, Calif. - Jan. 31, 2007 - Pericom")
    assert rels[1]["about"]["company"] == "Pericom"


def test_a_page_footer_over_the_statements_is_no_body() -> None:
    # Pericom's Q2 release with its About and safe harbour printed after the statements (as
    # many earnings releases print them): the body ends at the statements' title, less the
    # page's address footer and the rule under it (was: both closed the body)
    raw, q2 = _exhibit(_PERICOM_Q2)
    about = q2[q2.index("About Pericom") : q2.index("This press release contains")]
    fls_at = q2.index("This press release contains")
    fls = q2[fls_at : q2.index("\n\n", fls_at)]
    text = q2.replace(about, "", 1).replace(fls, "", 1)
    text = text.replace("- END -", about + fls + "\n\n- END -", 1)
    rel = parse(raw.replace(q2, text, 1).encode("utf-8"), _PERICOM_Q2)["press_releases"][0]
    assert rel["body"].endswith("An archived webcast replay will be available on the web site "
                                "for 12 months.")  # the tables note leaves it (round 57)
    assert rel["about"]["text"].startswith("Pericom Semiconductor Corporation (NASDAQ: PSEM)")
    assert rel["forward_looking_statements"].startswith("This press release contains")
