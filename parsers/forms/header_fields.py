"""Filing-level fields from the SGML header, whichever of its two dialects it is in.

The SEC-HEADER dialect says `conformed_submission_type`, `filed_as_of_date`, ...; the
<SUBMISSION> feed dialect says `type`, `filing_date`, ... The accessors here read either.
`header_companies` gives the blocks registrants are read from, as copies that read like a
cover: "ACME CORP /DE/" without EDGAR's tag, "E9" as "Cayman Islands", the MAIL ADDRESS
where the BUSINESS ADDRESS holds only the phone (the header itself stays as printed).
A header cut short of FILED AS OF DATE is dated by its ACCEPTANCE-DATETIME (see `filed_date`);
a header-less iXBRL document names its own form in dei:DocumentType, a header-less cover
on its form line (cover_form.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..envelope.split import EXHIBIT_LABEL
from ..lazy_re import lazy
from ..model import HTML, Document, Envelope
from ..regex_cache import compiled
from ..text.ixbrl import first_dei
from .cover_form import FORM_ON_COVER, cover_form, legend_form
from .registration_form import registration_form

_ACCESSION = compiled(r"\d{10}-\d{2}-\d{6}")
_ISO_DATE = compiled(r"\d{4}-\d{2}-\d{2}")


def accession(value: str | None) -> str | None:
    """The accession number inside a header value; a damaged one is null, not garbage."""
    match = _ACCESSION.search(value or "")
    return match.group(0) if match else None


def iso_date(value: str | None) -> str | None:
    """A header date that converted to ISO; one that did not (damaged) is null."""
    return value if value and _ISO_DATE.fullmatch(value) else None


_LABEL_CHARS = 1000  # an exhibit's label heads its first page


def first(mapping: Any, *keys: str) -> str | None:
    """The first of `keys` that `mapping` holds as a non-empty string.

    Headers are hand-typed in places: a tag may repeat (a list) or hold a block (a dict)
    where a value was expected; the first string wins and blocks are passed over.
    """
    if type(mapping) is not dict:  # (a plain dict, as nearly always, is its own block)
        mapping = block(mapping)
        if not mapping:
            return None
    for key in keys:
        value = mapping.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str) and v), None)
        if isinstance(value, str) and value:
            return value
    return None


def block(value: Any) -> dict[str, Any] | None:
    """A header block, whether it came as one dict or as a list of them."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    return value if isinstance(value, dict) else None


def primary_document(env: Envelope) -> Document | None:
    """The document that holds the cover page: EDGAR's first (sequence 1) document.

    Even when it is not text (a Form 4 or 13F XML document) it stays primary: the cover then
    comes from the header, never from an exhibit such as a power of attorney.
    """
    return env.documents[0] if env.documents else None


def normalise_form_type(value: str | None) -> str | None:
    if not value:
        return None
    form = re.sub(r"\s+", " ", value.strip()).upper()
    return form or None


# an iXBRL document declares its namespace on the root element, at its head
_IXBRL_NAMESPACE, _ROOT_CHARS = "inlineXBRL", 20000
# dei:DocumentType as EDGAR takes it: a submission type ("8-K", "DEF 14A", "10-K/A"), not
# "Other" or a damaged value
_TAGGED_FORM = compiled(r"[0-9A-Z][0-9A-Z-]{0,9}(?: [0-9A-Z-]{1,6})?(?:/A)?")


def tagged_form(html: str) -> str | None:
    """An iXBRL document's own form type (dei:DocumentType, "/A" added where its
    dei:AmendmentFlag is "true"): what a header-less one says before its cover's wording."""
    form = first_dei(html, "dei:DocumentType")
    if not form or not _TAGGED_FORM.fullmatch(form):
        return None
    if not form.endswith("/A") and (first_dei(html, "dei:AmendmentFlag") or "").lower() == "true":
        form += "/A"
    return form


# A letter to or from the staff: the Commission's name, a "Re:" line, then the salutation
_COMMISSION = lazy(r"Securities[ \t]+and[ \t]+Exchange[ \t]+Commission", re.I)
_RE_LINE = lazy(r"^[ \t]*Re[ \t]*:", re.M | re.I)
_SALUTATION = lazy(r"^[ \t]*(?:Dear[ \t]|Ladies[ \t]+and[ \t]+Gentlemen)", re.M | re.I)
# a form's cover below the letter (a transmittal letter atop a bare 10-K): no letter form
_COVER_BELOW = lazy(
    r"\(Exact\s{1,5}name\s{1,5}of\s{1,5}(?:the\s{1,5})?registrant"
    r"|^[ \t(]{0,20}Commission[ \t]+file[ \t]+(?:number|no\b)"
    r"|(?-i:REPORT\s{1,5}PURSUANT\s{1,5}TO\s{1,5}SECTION\s{1,5}1[35])", re.I | re.M)
# The staff's own letter (EDGAR's "UPLOAD") is under its letterhead (the Commission, its
# division, then the date and the company's officer; since about 2016 the Commission's logo,
# its alt text rendered) and speaks of "your filing", "our comments", "you filed"
_DIVISION = lazy(r"Division\s{1,60}of\s{1,60}(?:Corporation\s{1,60}Finance|Investment\s{1,60}"
                 r"Management)", re.I)
_DATE = lazy(r"\b(?:January|February|March|April|May|June|July|August|September|October"
             r"|November|December)[ \t]{1,3}\d{1,2},[ \t]{0,3}(?:19|20)\d\d\b", re.I)
_STAFF_SAYS = lazy(
    r"\bWe\s{1,5}have\s{1,5}(?:reviewed\s{1,5}your|limited|selectively|completed|received"
    r"\s{1,5}your|no\s{1,5}further\s{1,5}comments)|\bThank\s{1,5}you\s{1,5}for\s{1,5}your"
    r"|\bour\s{1,5}(?:review|(?:prior\s{1,5}|previous\s{1,5})?comments?)\b"
    r"|\byour\s{1,5}(?:filing|response|amendment|registration\s{1,5}statement)"
    r"|\byou\s{1,5}(?:filed|submitted)\b", re.I)
# what a filer's letter to the staff (EDGAR's "CORRESP") is about: the staff's comments, an
# acceleration of effectiveness (Rule 461), supplemental information, confidential treatment
_CORRESP_SAYS = lazy(
    r"\bcomments?\b|(?-i:\bStaff\b)|\bstaff\s{1,5}of\s{1,5}the\b|\byour\s{1,5}letter"
    r"|\bRule\s{1,3}461\b|\baccelerat(?:e|ed|ion)\b[^.]{0,80}\beffective"
    r"|\beffective\b[^.]{0,120}\baccelerated\b|\bsupplemental(?:ly\b|\s{1,5}(?:information"
    r"|response|basis|materials?)\b)|\bconfidential\s{1,5}treatment\b", re.I)
# ... and letters to the Commission that are other forms: a withdrawal request (Rule 477:
# "RW"), a Rule 497(j) certification ("497J"), a fidelity bond's (Rule 17g-1: "40-17G"), an
# auditor's letter on Item 304 (an EX-16), an opinion (EX-5) or a consent (EX-23)
_OTHER_SAYS = lazy(
    r"(?P<rw>\bRule\s{1,3}477\b)|(?P<j>\bRule\s{1,3}497\s?\(j\))|\bRule\s{1,3}17g-1"
    r"|\bWe\s{1,5}have\s{1,5}(?:read|reviewed)\s{1,5}(?:Item|the\s{1,5}statements)"
    r"|\bItem\s{1,3}304\b|\bagree\s{1,5}with\s{1,5}the\s{1,5}statements"
    r"|\bwe\s{1,5}(?:hereby\s{1,5})?consent\s{1,5}to\b|\bof\s{1,5}the\s{1,5}opinion\b"
    r"|\blegality\b", re.I)
# a request for no-action relief names the staff before its rule (14a-8): no form either
_NO_ACTION = lazy(r"\bno-action\b|\benforcement\s{1,5}action\b|\b14a-8\b", re.I)
_LETTER_CHARS, _OPENING_CHARS, _BODY_CHARS = 4000, 1000, 3000
_COVER_CHARS = 20000


def letter_form(text: str) -> str | None:
    """ "CORRESP" for a filer's letter to the staff (a response to comments, a request for
    acceleration), "UPLOAD" for the staff's letter, "RW" / "497J" for a Rule 477 withdrawal
    request / a Rule 497(j) certification, saved with no form line; else None (another
    letter, or one atop a form's cover). `text`: the document's first 20,000 chars."""
    head = text[:_LETTER_CHARS]
    sec = _COMMISSION.search(head)
    salutation = _SALUTATION.search(head, sec.end()) if sec else None
    re_line = salutation and _RE_LINE.search(head, sec.end(), salutation.start())
    if not re_line or _COVER_BELOW.search(text, salutation.end()):
        return None
    body = text[salutation.end():salutation.end() + _BODY_CHARS]
    opening = body[:_OPENING_CHARS]
    letterhead = (_DIVISION.search(head, 0, re_line.start())
                  or "logo" in head[sec.end():sec.end() + 8].lower())
    if (letterhead and _STAFF_SAYS.search(opening)
            and _DATE.search(head, sec.end(), re_line.start())):
        return "UPLOAD"  # dated below the letterhead: addressed to the company's officer
    filer = _CORRESP_SAYS.search(body)
    other = _OTHER_SAYS.search(opening, 0, filer.start() if filer else _OPENING_CHARS)
    if other or _NO_ACTION.search(opening):
        if other and other.group("j"):
            return "497J"
        rw = other and other.group("rw") and "Amendment" not in opening
        return "RW" if rw and "withdraw" in opening else None
    return "CORRESP" if filer else None


# forms whose automatic shelf box (Rule 462(e)) makes them "S-3ASR", "F-3ASR", "POSASR"
_SHELF_FORMS = frozenset({"S-3", "F-3", "POS AM"})
_SHELF_CHARS = 30000


def header_fields(env: Envelope, primary: Document | None) -> dict[str, Any]:
    header = env.header
    form = first(header, "conformed_submission_type", "type", "form_type")
    if not form and primary is not None:
        form = primary.type
    if not form and primary is not None and primary.format == HTML \
            and _IXBRL_NAMESPACE in primary.body[:_ROOT_CHARS]:
        form = tagged_form(primary.body)
    if not form and primary is not None and primary.readable:
        head = primary.text[:5000]
        legend = legend_form(head)
        match = FORM_ON_COVER.search(head)
        # a prospectus's legend names it over a form it copies, and so does a Rule 425
        # legend above the form line (a 425 carrying a copy of an 8-K)
        if legend and (legend[0] != "425" or not match or legend[1] < match.start()):
            form = legend[0]
        elif match:
            form = cover_form(head, match)
            if form in _SHELF_FORMS and "462" not in head:
                # a long list of co-registrants pushes the Rule 462(e) box past the head
                form = cover_form(primary.text[:_SHELF_CHARS], match)
            form = form and registration_form(head, match, form)
        elif label := EXHIBIT_LABEL.search(head, 0, _LABEL_CHARS):  # a lone exhibit's file
            form = f"EX-{label.group(1)}"
        else:
            form = letter_form(primary.text[:_COVER_CHARS])
    form = normalise_form_type(form)
    return {
        "form_type": form,
        "is_amendment": bool(form and form.endswith("/A")),
        "accession_number": (accession(first(header, "accession_number"))
                             or accession(first(header, *_SUBMISSION_NAMES))),
        "filed_date": filed_date(header, form),
    }


# The accession number, or the submission's file name that is made of it
# ("<SEC-DOCUMENT>0000950144-94-000103.txt : 19940125") where no ACCESSION NUMBER line is left
_SUBMISSION_NAMES = ("sec_document", "sec_header", "ims_document", "ims_header")
# Forms 3, 4 and 5 accepted by 10 p.m. are filed that day (Regulation S-T Rule 13(a)(4)), and
# so are Schedules 13D and 13G since that rule's amendment took effect on 5 February 2024;
# everything else accepted after 5:30 p.m. is filed the next business day
_LATE_FORMS = frozenset({"3", "4", "5", "3/A", "4/A", "5/A"})
_LATE_SCHEDULES = frozenset({f"{name} 13{kind}{amended}" for name in ("SC", "SCHEDULE")
                             for kind in "DG" for amended in ("", "/A")})
_LATE_SCHEDULES_FROM = "2024-02-05"


def _late_cut_off(form: str | None, day: str) -> bool:
    """Whether the form, accepted on `day`, has the 10 p.m. cut-off rather than 5:30 p.m."""
    return form in _LATE_FORMS or (form in _LATE_SCHEDULES and day >= _LATE_SCHEDULES_FROM)


def filed_date(header: dict[str, Any] | None, form: str | None) -> str | None:
    """FILED AS OF DATE (a feed's FILING-DATE); where the header lost it, the day of its
    ACCEPTANCE-DATETIME when that day was the filing date: a weekday, before the cut-off.
    (DATE AS OF CHANGE and the SEC-DOCUMENT line's date are other days: a change, a release.)"""
    filed = iso_date(first(header, "filed_as_of_date", "filing_date"))
    if filed or not header:
        return filed
    accepted = first(header, "acceptance_datetime") or ""
    day, clock = accepted[:10], accepted[11:16]
    if len(accepted) != 19 or not iso_date(day):
        return None  # absent, or printed damaged (not converted to ISO)
    if date.fromisoformat(day).weekday() > 4:
        return None
    return day if clock < "17:30" or (clock < "22:00" and _late_cut_off(form, day)) else None


def header_period(header: dict[str, Any] | None) -> str | None:
    return iso_date(first(header, "conformed_period_of_report", "period"))


def _blocks(header: dict[str, Any], key: str) -> list[dict[str, Any]]:
    blocks = header.get(key)
    blocks = blocks if isinstance(blocks, list) else [blocks]
    return [b for b in blocks if isinstance(b, dict)]


def _with_owner_file_number(issuer: dict[str, Any], header: dict[str, Any]) -> dict[str, Any]:
    """Forms 3, 4 and 5 are filed under the issuer's file number, which the header prints only
    in each reporting owner's FILING VALUES (the ISSUER block has none): lend it to the issuer."""
    if issuer.get("filing_values") is not None:
        return issuer
    for owner in _blocks(header, "reporting_owner"):
        values = block(owner.get("filing_values"))
        if first(values, "sec_file_number", "file_number"):
            return {**issuer, "filing_values": values}
    return issuer


_STREET_CITY = ("street_1", "street1", "street_2", "street2", "city")
_PHONES = ("business_phone", "phone")
# EDGAR's codes for the places that are no US state, as the header prints them for foreign
# filers' STATE OF INCORPORATION and address STATE ("E9", "A6", "X0"); a Canadian province
# without its country, as covers print it ("Toronto, Ontario M5H 2Y4").
_PLACE_TABLE = (
    "X1=United States|A0=Alberta|A1=British Columbia|A2=Manitoba|A3=New Brunswick|"
    "A4=Newfoundland|A5=Nova Scotia|A6=Ontario|A7=Prince Edward Island|A8=Quebec|"
    "A9=Saskatchewan|B0=Yukon|Z4=Canada|B2=Afghanistan|Y6=Aland Islands|B3=Albania|B4=Algeria|"
    "B5=American Samoa|B6=Andorra|B7=Angola|1A=Anguilla|B8=Antarctica|B9=Antigua and Barbuda|"
    "C1=Argentina|1B=Armenia|1C=Aruba|C3=Australia|C4=Austria|1D=Azerbaijan|C5=Bahamas|"
    "C6=Bahrain|C7=Bangladesh|C8=Barbados|1F=Belarus|C9=Belgium|D1=Belize|G6=Benin|D0=Bermuda|"
    "D2=Bhutan|D3=Bolivia|1E=Bosnia and Herzegovina|B1=Botswana|D4=Bouvet Island|D5=Brazil|"
    "D6=British Indian Ocean Territory|D9=Brunei|E0=Bulgaria|X2=Burkina Faso|E2=Burundi|"
    "E3=Cambodia|E4=Cameroon|E8=Cape Verde|E9=Cayman Islands|F0=Central African Republic|"
    "F2=Chad|F3=Chile|F4=China|F6=Christmas Island|F7=Cocos (Keeling) Islands|F8=Colombia|"
    "F9=Comoros|G0=Congo|Y3=Democratic Republic of the Congo|G1=Cook Islands|G2=Costa Rica|"
    "L7=Cote d'Ivoire|1M=Croatia|G3=Cuba|G4=Cyprus|2N=Czech Republic|G7=Denmark|1G=Djibouti|"
    "G9=Dominica|G8=Dominican Republic|H1=Ecuador|H2=Egypt|H3=El Salvador|H4=Equatorial Guinea|"
    "1J=Eritrea|1H=Estonia|H5=Ethiopia|H7=Falkland Islands|H6=Faroe Islands|H8=Fiji|H9=Finland|"
    "I0=France|I3=French Guiana|I4=French Polynesia|2C=French Southern Territories|I5=Gabon|"
    "I6=Gambia|2Q=Georgia|2M=Germany|J0=Ghana|J1=Gibraltar|J3=Greece|J4=Greenland|J5=Grenada|"
    "J6=Guadeloupe|J8=Guatemala|Y7=Guernsey|J9=Guinea|S0=Guinea-Bissau|K0=Guyana|K1=Haiti|"
    "K4=Heard Island and McDonald Islands|X4=Vatican City|K2=Honduras|K3=Hong Kong|K5=Hungary|"
    "K6=Iceland|K7=India|K8=Indonesia|K9=Iran|L0=Iraq|L2=Ireland|Y8=Isle of Man|L3=Israel|"
    "L6=Italy|L8=Jamaica|M0=Japan|Y9=Jersey|M2=Jordan|1P=Kazakhstan|M3=Kenya|J2=Kiribati|"
    "M4=North Korea|M5=South Korea|M6=Kuwait|1N=Kyrgyzstan|M7=Laos|1R=Latvia|M8=Lebanon|"
    "M9=Lesotho|N0=Liberia|N1=Libya|N2=Liechtenstein|1Q=Lithuania|N4=Luxembourg|N5=Macau|"
    "1U=North Macedonia|N6=Madagascar|N7=Malawi|N8=Malaysia|N9=Maldives|O0=Mali|O1=Malta|"
    "1T=Marshall Islands|O2=Martinique|O3=Mauritania|O4=Mauritius|2P=Mayotte|O5=Mexico|"
    "1K=Micronesia|1S=Moldova|O9=Monaco|P0=Mongolia|Z5=Montenegro|P1=Montserrat|P2=Morocco|"
    "P3=Mozambique|E1=Myanmar|T6=Namibia|P5=Nauru|P6=Nepal|P7=Netherlands|"
    "P8=Netherlands Antilles|1W=New Caledonia|Q2=New Zealand|Q3=Nicaragua|Q4=Niger|Q5=Nigeria|"
    "Q6=Niue|Q7=Norfolk Island|1V=Northern Mariana Islands|Q8=Norway|P4=Oman|R0=Pakistan|"
    "1Y=Palau|1X=Palestinian Territory|R1=Panama|R2=Papua New Guinea|R4=Paraguay|R5=Peru|"
    "R6=Philippines|R8=Pitcairn|R9=Poland|S1=Portugal|S3=Qatar|S4=Reunion|S5=Romania|"
    "1Z=Russian Federation|S6=Rwanda|Z0=Saint Barthelemy|U8=Saint Helena|"
    "U7=Saint Kitts and Nevis|U9=Saint Lucia|Z1=Saint Martin|V0=Saint Pierre and Miquelon|"
    "V1=Saint Vincent and the Grenadines|Y0=Samoa|S8=San Marino|S9=Sao Tome and Principe|"
    "T0=Saudi Arabia|T1=Senegal|Z2=Serbia|T2=Seychelles|T8=Sierra Leone|U0=Singapore|"
    "2B=Slovakia|2A=Slovenia|D7=Solomon Islands|U1=Somalia|T3=South Africa|"
    "1L=South Georgia and the South Sandwich Islands|U3=Spain|F1=Sri Lanka|V2=Sudan|"
    "V3=Suriname|L9=Svalbard and Jan Mayen|V6=Swaziland|V7=Sweden|V8=Switzerland|V9=Syria|"
    "F5=Taiwan|2D=Tajikistan|W0=Tanzania|W1=Thailand|Z3=Timor-Leste|W2=Togo|W3=Tokelau|"
    "W4=Tonga|W5=Trinidad and Tobago|W6=Tunisia|W8=Turkey|2E=Turkmenistan|"
    "W7=Turks and Caicos Islands|2G=Tuvalu|W9=Uganda|2H=Ukraine|C0=United Arab Emirates|"
    "X0=United Kingdom|2J=United States Minor Outlying Islands|X3=Uruguay|2K=Uzbekistan|"
    "2L=Vanuatu|X5=Venezuela|Q1=Vietnam|D8=British Virgin Islands|X8=Wallis and Futuna|"
    "U5=Western Sahara|T7=Yemen|Y4=Zambia|Y5=Zimbabwe|"
)
_PLACES: dict[str, str] = {}


def place_name(code: str) -> str | None:
    """ "E9" -> "Cayman Islands", "A6" -> "Ontario"; None for a US state or an unknown code."""
    if not _PLACES:  # built on first use: most filers are American
        _PLACES.update(e.split("=") for e in _PLACE_TABLE.rstrip("|").split("|"))
    return _PLACES.get(code.strip().upper()) if len(code) < 4 else None


# EDGAR's tag after a conformed name that another company holds too: "ACME CORP /DE/",
# "HOME HEALTH CORP OF AMERICA INC \\PA\\", "ACME HOLDINGS INC/NEW/", a bare "ACME CORP /"
# (not "NOVO NORDISK A/S"); its blanks are tried from the first of a run only (from each, a
# search rescanned the run: a name with 16,000 blanks inside took 2 s)
_NAME_TAG = lazy(r"(?:(?<!\s)\s+[\\/](?:[A-Z]{2,3}[\\/]?)?|[\\/][A-Z]{2,3}[\\/]?)\s*\Z")
_NAMES = ("company_conformed_name", "conformed_name")


def _spelt_out(value: Any, key: str) -> str | None:
    """The name without its tag, or the place's name, where `value` differs; else None.
    (Every foreign place code holds a digit; a US state's is letters.)"""
    if not isinstance(value, str):
        return None
    if key in _NAMES:
        name = _NAME_TAG.sub("", value) if "/" in value or "\\" in value else value
        return name if name and name != value else None
    return place_name(value) if not value.isalpha() else None


_SPELT_OUT = (("company_data", _NAMES + ("state_of_incorporation",)),
              ("business_address", ("state",)), ("mail_address", ("state",)))


def _with_names_spelt_out(company: dict[str, Any]) -> dict[str, Any]:
    """A copy of the block with the conformed name's tag dropped and foreign filers' place
    codes spelt out, as the registrant gives them (the header stays as printed)."""
    changed: dict[str, dict[str, Any]] = {}
    for key, fields in _SPELT_OUT:
        data = block(company.get(key))
        if data is None:
            continue
        for field in fields:
            name = _spelt_out(data.get(field), field)
            if name is not None:
                data = changed[key] = {**data, field: name}
    return {**company, **changed} if changed else company


def _with_fullest_address(company: dict[str, Any]) -> dict[str, Any]:
    """A BUSINESS ADDRESS block may hold no street and no city, only the phone: the company's
    address is then its MAIL ADDRESS, its phone the one printed. (A business block with a
    street or a city stays: a foreign filer's mail address is often its US agent's.)
    The registrant reads the business block; a copy gets the mail one, the header stays."""
    business = block(company.get("business_address"))
    if business is None or first(business, *_STREET_CITY):
        return company
    mail = block(company.get("mail_address"))
    if not first(mail, *_STREET_CITY):
        return company
    phone = first(business, *_PHONES)
    return {**company, "business_address": {**mail, "business_phone": phone} if phone else mail}


def header_companies(header: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The filer blocks (or subject companies, for forms filed about another company)."""
    if not header:
        return []
    for key in ("filer", "subject_company", "issuer", "filed_by", "reporting_owner"):
        blocks = _blocks(header, key)
        if blocks and key == "issuer":
            blocks = [_with_owner_file_number(b, header) for b in blocks]
        if blocks:
            return [_with_names_spelt_out(_with_fullest_address(b)) for b in blocks]
    return []
