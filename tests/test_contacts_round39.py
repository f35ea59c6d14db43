"""Contacts round 39: foundations over a name, initials typed together, PR Newswire records
wrapped inside a role or a name, and PR Newswire's "/Web site:" trailer."""

from __future__ import annotations

# round 31's readers of a release's contacts (text and HTML 8-K heads of round 30)
from test_press_contacts_round31 import _html_contacts, _text_contacts

_LEAD = ("Zenith expects the new plant in Round Rock to begin shipping product in the first "
         "quarter of 1998.\n\n")


def test_foundation_over_a_name_is_the_organisation() -> None:
    # (was: "FannieMae Foundation" a second contact, and no organisation for Jane Doe)
    assert _text_contacts(
        f"{_LEAD}"
        "Contact:\n"
        "FannieMae Foundation\n"
        "Stacey Peterson\n"
        "(202) 274-8057\n"
    ) == [("Stacey Peterson", "FannieMae Foundation", None, "(202) 274-8057", None, None)]
    assert _html_contacts(
        "<p>The grants will fund 40 housing counseling centers in 2004.</p>"
        "<p>Contacts:<br>Morgan Institute<br>David Lang<br>(617) 555-0190</p>"
    ) == [("David Lang", "Morgan Institute", None, "(617) 555-0190", None, None)]


def test_initials_typed_together_in_a_contact_name() -> None:
    # (was: no contact: "R.J. Smith" read as no one's name)
    assert _text_contacts(
        f"{_LEAD}"
        "Contact:\n"
        "R.J. Smith\n"
        "Zenith Instruments, Inc.\n"
        "(512) 555-0143\n"
    ) == [("R.J. Smith", "Zenith Instruments, Inc.", None, "(512) 555-0143", None, None)]
    assert _text_contacts(
        f"{_LEAD}CONTACT: A.G. Lafley, Zenith Instruments, 512-555-0143\n"
    ) == [("A.G. Lafley", "Zenith Instruments", None, "512-555-0143", None, None)]
    # a block typed in capitals
    assert _text_contacts(
        f"{_LEAD}"
        "CONTACT:  R.J. SMITH\n"
        "          ZENITH INSTRUMENTS, INC.\n"
        "          (512) 452-2111\n"
    ) == [("R.J. SMITH", "ZENITH INSTRUMENTS, INC.", None, "(512) 452-2111", None, None)]
    # such a "name" right above or under one named with nothing of their own is a firm
    assert _text_contacts(
        f"{_LEAD}Contacts:\nJ.P. Morgan\nJane Doe\n(212) 555-1234\n"
    ) == [("Jane Doe", "J.P. Morgan", None, "(212) 555-1234", None, None)]


def test_prn_record_wrapped_inside_a_role() -> None:
    # (was: "Relations, , both of ..." the organisation and "Investor" the role)
    for role in ("Investor\nRelations", "Vice\nPresident", "Chief\nOperating Officer"):
        flat = role.replace("\n", " ")
        assert _text_contacts(
            f"{_LEAD}"
            "CONTACT: Jane Doe, Chief Financial Officer, 512-555-0143, or John Roe, "
            f"{role}, 512-555-0199, both of Zenith Instruments, Inc.\n"
        ) == [
            ("Jane Doe", "Zenith Instruments, Inc.", "Chief Financial Officer", "512-555-0143",
             None, None),
            ("John Roe", "Zenith Instruments, Inc.", flat, "512-555-0199", None, None),
        ], role


def test_prn_record_wrapped_inside_a_name() -> None:
    # (was: "John" Jane Doe's organisation and John Roe lost)
    assert _text_contacts(
        f"{_LEAD}"
        "CONTACT: Jane Doe, Chief Financial Officer, 512-555-0143, or John\n"
        "Roe, Investor Relations, 512-555-0199, both of Zenith Instruments, Inc.\n"
    ) == [
        ("Jane Doe", "Zenith Instruments, Inc.", "Chief Financial Officer", "512-555-0143",
         None, None),
        ("John Roe", "Zenith Instruments, Inc.", "Investor Relations", "512-555-0199", None,
         None),
    ]


def test_prn_web_site_trailer_is_the_issuers_url() -> None:
    # (was: no url: the "/Web site:" line after the "/CONTACT: .../" trailer was left out)
    assert _text_contacts(
        f"{_LEAD}"
        "SOURCE  Zenith Instruments, Inc.\n"
        "    -0-                             07/29/2003\n"
        "    /CONTACT:  Jane Doe, Chief Financial Officer of Zenith Instruments, Inc.,\n"
        "+1-512-555-0143, or fax, +1-512-555-0100/\n"
        "    /Web site:  http://www.zenithinst.com /\n"
        "    (ZNTH)\n"
    ) == [("Jane Doe", "Zenith Instruments, Inc.", "Chief Financial Officer",
           "+1-512-555-0143", None, "http://www.zenithinst.com")]
    # an agency's people do not take the issuer's site
    assert _text_contacts(
        f"{_LEAD}"
        "    /CONTACT:  Jane Doe of Morgen-Walke Associates, +1-212-850-5600/\n"
        "    /Web site:  http://www.zenithinst.com /\n"
    ) == [("Jane Doe", "Morgen-Walke Associates", None, "+1-212-850-5600", None, None)]


def test_business_wire_department_lines_head_their_groups() -> None:
    # (was: the roles swapped: "Media Relations" under Jane Doe's e-mail read as her job,
    # and John Roe kept "Investor Relations" from above her)
    block = ("Contacts\n"
             "Zenith Instruments, Inc.\n"
             "Investor Relations\n"
             "Jane Doe, 512-555-0143\n"
             "ir@zenithinst.com\n"
             "or\n"
             "Media Relations\n"
             "John Roe, 512-555-0199\n"
             "media@zenithinst.com\n")
    want = [
        ("Jane Doe", "Zenith Instruments, Inc.", "Investor Relations", "512-555-0143",
         "ir@zenithinst.com", None),
        ("John Roe", "Zenith Instruments, Inc.", "Media Relations", "512-555-0199",
         "media@zenithinst.com", None),
    ]
    assert _text_contacts(f"{_LEAD}{block}") == want
    assert _html_contacts(
        "<p>Zenith expects the new plant in Round Rock to begin shipping product in 1998.</p>"
        "<p><b>Contacts</b></p><p>" + block.partition("\n")[2].replace("\n", "<br>") + "</p>"
    ) == want
    # after "or", with no department over the first name
    assert _text_contacts(
        f"{_LEAD}"
        "Contacts\n"
        "Jane Doe, 512-555-0143\n"
        "jdoe@zenithinst.com\n"
        "or\n"
        "Media Relations\n"
        "John Roe, 512-555-0199\n"
    ) == [("Jane Doe", None, None, "512-555-0143", "jdoe@zenithinst.com", None),
          ("John Roe", None, "Media Relations", "512-555-0199", None, None)]
    # a department under a stacked name is still that person's job
    assert _text_contacts(
        f"{_LEAD}Contact:\nJane Doe\n(512) 555-0143\nInvestor Relations\n"
    ) == [("Jane Doe", None, "Investor Relations", "(512) 555-0143", None, None)]


def test_prn_web_site_trailer_not_an_agency_sharing_a_word() -> None:
    # (was: the agency's people took the issuer's site too: "Financial" of "The Financial
    # Relations Board" is in "sterlingfinancialcorporation", "Integrated" in
    # "integratedbiopharma", "Allen" in "allenorgan")
    assert _text_contacts(
        f"{_LEAD}"
        "SOURCE  Sterling Financial Corporation\n"
        "    /CONTACT:  Jane Doe, Chief Financial Officer of Sterling Financial Corporation,\n"
        "+1-509-555-0143; or John Roe of The Financial Relations Board, +1-312-640-6700, for\n"
        "Sterling Financial Corporation/\n"
        "    /Web site:  http://www.sterlingfinancialcorporation-spokane.com /\n"
    ) == [("Jane Doe", "Sterling Financial Corporation", "Chief Financial Officer",
           "+1-509-555-0143", None, "http://www.sterlingfinancialcorporation-spokane.com"),
          ("John Roe", "The Financial Relations Board", None, "+1-312-640-6700", None, None)]
    for issuer, agency, site in (
            ("Integrated BioPharma", "Integrated Corporate Relations",
             "http://www.integratedbiopharma.com"),
            ("Allen Organ Company", "Allen & Caron", "http://www.allenorgan.com")):
        assert _text_contacts(
            f"{_LEAD}"
            f"    /CONTACT:  Jane Doe of {issuer}, +1-610-555-0143; or John Roe of {agency},\n"
            "+1-949-474-4300/\n"
            f"    /Web site:  {site} /\n"
        ) == [("Jane Doe", issuer, None, "+1-610-555-0143", None, site),
              ("John Roe", agency, None, "+1-949-474-4300", None, None)], agency


def test_initials_and_a_word_next_to_a_person_is_the_firm() -> None:
    # (was: "A.G. Edwards" a second contact with nothing of its own, under one with a phone)
    want = [("Jane Doe", "A.G. Edwards", None, "(314) 555-0143", None, None)]
    assert _text_contacts(f"{_LEAD}Contact:\nJane Doe, (314) 555-0143\nA.G. Edwards\n") == want
    assert _text_contacts(f"{_LEAD}Contact:\nJane Doe\n(314) 555-0143\nA.G. Edwards\n") == want
    # (was: "R.J. Falkner" a contact with John Roe's phone, John Roe with no firm)
    assert _text_contacts(
        f"{_LEAD}"
        "Contacts:\n"
        "Jane Doe\n"
        "Zenith Instruments, Inc.\n"
        "(512) 555-0143\n\n"
        "R.J. Falkner\n"
        "John Roe\n"
        "(800) 377-9893\n"
    ) == [("Jane Doe", "Zenith Instruments, Inc.", None, "(512) 555-0143", None, None),
          ("John Roe", "R.J. Falkner", None, "(800) 377-9893", None, None)]
    # (was: "J.P. Morgan" the person and "R.J. Smith" the firm)
    assert _text_contacts(f"{_LEAD}Contact:\nR.J. Smith\nJ.P. Morgan\n(212) 555-1234\n") == [
        ("R.J. Smith", "J.P. Morgan", None, "(212) 555-1234", None, None)]
    # with a number or a job of its own under it, a second person
    assert _text_contacts(
        f"{_LEAD}Contacts:\nJane Doe\n(512) 555-0143\nA.B. Smith\n(512) 555-0199\n"
    ) == [("Jane Doe", None, None, "(512) 555-0143", None, None),
          ("A.B. Smith", None, None, "(512) 555-0199", None, None)]


def test_department_under_each_person_is_their_job() -> None:
    # (was: Jane Doe's "Investor Relations" read as the head of John Roe's group, lost)
    assert _text_contacts(
        f"{_LEAD}"
        "Contacts:\n"
        "Investors:\n"
        "Jane Doe, 512-555-0143\n"
        "Investor Relations\n"
        "John Roe, 512-555-0199\n"
        "Corporate Communications\n"
    ) == [("Jane Doe", None, "Investor Relations", "512-555-0143", None, None),
          ("John Roe", None, "Corporate Communications", "512-555-0199", None, None)]


def test_person_surnamed_like_a_body_with_a_phone() -> None:
    # (was: no contact: "John Council" read as a body's name)
    for name in ("John Council", "David Alliance", "James College", "Maria Clinic"):
        assert _text_contacts(f"{_LEAD}Contact:\n{name}\n(512) 555-0199\n") == [
            (name, None, None, "(512) 555-0199", None, None)], name
    # a body named otherwise stays the firm over a name
    assert _text_contacts(
        f"{_LEAD}Contact:\nHoover Institution\nDavid Lang\n(617) 555-0190\n"
    ) == [("David Lang", "Hoover Institution", None, "(617) 555-0190", None, None)]
