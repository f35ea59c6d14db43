"""The lines of a signature block that name the registrant its signers sign for.

is_registrant_line: a company's name over its signers (the cover's name, a name ending in a
company word, a short name in capitals), not the column heads of a table ("SIGNATURE  TITLE
DATE"), a state of incorporation or the block's own heading; continues_sentence: a power of
attorney's sentence going on under a line cut short, not a name; labelled_registrant: "Golden
West Homes (Registrant)", "Registrant: ..."; next_registrant: the next registrant's name right
under a finished title (a joint filing); each_registrant: the registrants named in one line of
a combined filing. A schedule's filing person's name over their own signature signs for no
registrant, a "Signature:" or "By:" label alone on the line between them too.
"""

from __future__ import annotations

import re
from typing import Any

from ..given_names import FIRMS_LIKE_PEOPLE
from ..lazy_re import lazy
from ..regex_cache import compiled
from ..values import squash
from .cover_chunks import Chunk
from .cover_names import company_key, same_keys
from .signature_block import is_rule, is_signed
from .signature_dates import Dates
from .signature_names import (
    NOT_LETTERS,
    TITLE_WORD,
    given_first,
    in_given_order,
    name_of,
    same_person,
    typed_name,
)

# (and the forms of foreign issuers: "BP p.l.c.", "Banco Santander, S.A.", "Novartis AG",
# "Infosys Limited", "Novo Nordisk A/S", "America Movil, S.A.B. de C.V."; a filing person's
# "HIGH RIVER LIMITED PARTNERSHIP"; a bank's: "Acme Bank, N.A.", "Acme Savings Bank, FSB";
# a firm of partners': "Acme LLP", "Acme Law, P.C.", "Acme, PLLC"; "P.C.", "P.A." with their
# stops, unlike "PA", a state; "Acme S.a r.l.", "Acme S.à r.l.", "Acme SARL", "Acme S.A.S.",
# "Acme K.K.", "Acme S.r.l.", "Acme S.L.", "Acme AB", "Acme KK", "Acme SL" (with no stops, in
# capitals only: "Ab", "Sl" are a name's))
_COMPANY_WORDS = compiled(
    r"\b(?:INC|CORP|CORPORATION|COMPANY|CO|LTD|LLC|L\.?P|P\.?L\.?C|N\.?V|TRUST|BANCORP|GROUP|"
    r"HOLDINGS?|FUND|PARTNERS|PARTNERSHIP|INCORPORATED|LIMITED|S\.?A|AG|SE|A/S|ASA|OYJ|C\.?V"
    r"|S\.?p\.?A|KAISHA|AKTIENGESELLSCHAFT|N\.A|F\.?S\.?B|L\.?L\.?L?\.?P|P\.?L\.?L\.?C|L\.L\.C|P\.[CA]"
    r"|B\.?V|GMBH|S\.?[AÀ]\.?R\.?L|(?<=S\.[aà] )R\.L|S\.?A\.?S|K\.K|S\.?R\.?L|S\.L"
    r"|(?-i:AB|KK|SL))"
    r"\b\.?,?\s*$",
    re.I)


def company_words(text: str) -> bool:
    """_COMPANY_WORDS.search, from the last word only: the company word and what may follow
    it (".", ",", spaces) hold no space, so no match starts before the last word; the search
    would try each word boundary of the last 30 characters with each word ("\\b" still sees
    the character before the start)."""
    last = text.rsplit(None, 1)
    if not last:
        return False  # (blank: no word)
    start = len(text.rstrip()) - len(last[-1])
    return _COMPANY_WORDS.search(text, max(0, len(text) - 30, start)) is not None


def plan_name(text: str) -> bool:
    """An employee plan's name, which signs an 11-K ("ACME CORPORATION 401(k) SAVINGS PLAN",
    "Acme Corporation Employee Stock Purchase Plan"; its sponsor's name maybe on the line
    above): a short line ending in the word "Plan"."""
    return text[-4:] in ("PLAN", "Plan") and text[-5:-4] == " " and len(text.split()) <= 12


def is_registrant_line(text: str, name_keys: list[str], dates_of: Dates) -> bool:
    """`name_keys`: company_key of each registrant's name."""
    if is_signed(text) or dates_of[text] or len(text) > 80:
        return False
    if name_keys:
        key = company_key(text)
        if any(same_keys(key, k) for k in name_keys):  # same_company(text, name)
            return True
    if is_column_heads(text) or _INCORPORATED_AS.match(text) or _NOT_A_NAME.search(text):
        return False
    if (at := dba_at(text)) > 0:
        # "ACME FOODS, INC. d/b/a ACME MARKETS": the name it trades under follows the
        # company's; the line names the registrant when the company's name does
        return is_registrant_line(text[:at].rstrip(" ,("), name_keys, dates_of)
    if text[:3] in ("By ", "BY ") and text[3:7].lower() == "its ":
        return False  # "By its general partner, ACME GP, INC.": the entity signing for it
    if company_words(text) or plan_name(text) or _trust_series(text) or master_trust(text):
        return True
    # in capitals: a short name, not a sentence of the preamble ("... DATE INDICATED:"); the
    # words are counted first (a sentence has more), the letters only for a short line
    if len(text.split()) > 6 or text.endswith((":", ",", ";")):
        return False
    letters = NOT_LETTERS.sub("", text)
    return len(letters) > 3 and letters.isupper()


# the name a company trades under, after its own: "d/b/a", "dba", "doing business as"
_DBA = lazy(r"(?:^|[ \t,(])(?:d/b/a|dba|doing[ \t]+business[ \t]+as)\b", re.I)


def dba_at(text: str) -> int:
    """Where "d/b/a ..." starts in the line (0 when it opens it: "d/b/a ACME MARKETS" under
    the company's name), -1 if it holds none; the cheap tests first (most lines hold none)."""
    if "/b/" not in text and "/B/" not in text and "dba" not in text and "DBA" not in text \
            and "usiness" not in text and "USINESS" not in text:
        return -1
    found = _DBA.search(text)
    return -1 if found is None else found.start() + (found.group()[0] in " \t,(")


# an asset-backed trust's name and its series of a year: "Acme Auto Receivables Trust
# 2005-1", "... Trust, Series 2006-HE1" (not "Acme Capital Trust I", a financing trust typed
# under its parent's name)
_TRUST_SERIES = lazy(
    r".{0,70}\b(?:Trust|TRUST),?[ \t](?:Series[ \t])?(?:19|20)\d\d-[A-Z0-9]{1,5}$")


def _trust_series(text: str) -> bool:
    """An asset-backed trust's name ending in its series (the company word before it); the
    cheap tests first: most lines end in no figure or capital."""
    return (text[-1].isdigit() or text[-1].isupper()) and "-" in text[-6:] \
        and _TRUST_SERIES.match(text) is not None


def master_trust(text: str) -> bool:
    """A credit card or loan master trust's name ending in its roman numeral ("Sears Credit
    Account Master Trust II", "MBNA Master Credit Card Trust II"), which signs its own 8-K:
    unlike a financing trust ("Acme Capital Trust I"), the word "Master" names it."""
    if text[-1:] not in ("I", "V", "X") or "aster" not in text and "ASTER" not in text:
        return False  # (most lines)
    words = text.split()
    return len(words) >= 3 and words[-2].rstrip(",") in ("Trust", "TRUST") and all(
        c in "IVX" for c in words[-1]) and ("Master" in words or "MASTER" in words)


# "SIGNATURE    TITLE    DATE" over a table of signers: column heads, not a registrant
COLUMN_HEADS = frozenset(
    "signature signatures title titles date name names capacity capacities position".split())
# the block's own headings: "SIGNATURES AND POWER OF ATTORNEY"; under the name, its former
# name ("(formerly Acme Industries, Inc.)", "F/K/A ...") and its capacity ("as Depositor")
_NOT_A_NAME = compiled(
    r"^(?:signatures?\b|\(?(?:formerly|f/k/a|as)\s)|power\s+of\s+attorney", re.I)
# "A Nevada Corporation" under the registrant's name: its state, not another registrant
_INCORPORATED_AS = compiled(
    r"\(?an?\s+[A-Z][A-Za-z. ]{1,30}\s(?:corporation|company|limited\s+liability\s+company"
    r"|limited\s+partnership|partnership)\)?$", re.I)


def continues_sentence(above: list[Chunk], text: str, name_keys: list[str]) -> bool:
    """The row goes on with a sentence cut above it: "... hereby constitutes and appoints"
    over "JOHN DOE" (a power of attorney naming its attorney on a line of its own), not a
    registrant's name (unless it is the name the cover gives)."""
    if len(above) != 1 or len(above[0].text) < 50 or not (
            above[0].text[-1].islower() or above[0].text[-1] == ","):
        return False
    key = company_key(text)
    return not any(same_keys(key, k) for k in name_keys)


# "Golden West Homes (Registrant)", "Registrant: Golden West Homes", "(Registrant)  Acme Funds
# Trust" (a fund's N-CSR): a name captioned on its line; ", a California corporation" after a
# name: its state, no part of it
# (a co-registrant's too, "ACME BANK (Co-Registrant)", "CO-REGISTRANT: ACME BANK": a bank
# signing with its holding company; and after a comma, "ACME BANCORP, Registrant")
_REGISTRANT_LABEL = lazy(r"^(?:(?:co-?)?registrant\s?:|\(registrant\))\s*", re.I)
_REGISTRANT_AFTER = lazy(r"(?:\s*\((?:name\s+of\s+)?(?:the\s+)?(?:co-?)?registrant\)"
                         r"|,[ \t]*+(?:co-?)?registrant)$", re.I)
STATE_TAIL = lazy(
    r",\s*an?\s+[A-Z][A-Za-z. ]{1,30}\s(?:corporation|company|limited\s+liability\s+company"
    r"|limited\s+partnership|partnership|trust)$", re.I)


# what follows a leading "(Registrant)" that is no name: another caption of a row of captions
# under the names ("(Registrant)   (Date)", "(Registrant) (Guarantor)"), a date, a file number
_NO_NAME_AFTER = lazy(
    r"\(|commission\s+file|dated?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
    r"\.?\s\d{1,2},?\s(?:19|20)\d\d", re.I)


def labelled_registrant(text: str) -> str | None:
    """The name in a line captioned as the registrant's, or None."""
    label = _REGISTRANT_LABEL.match(text)
    if label is not None and text[0] == "(" and _NO_NAME_AFTER.match(text, label.end()):
        return None  # a caption row: the name is the one above it
    label = label or _REGISTRANT_AFTER.search(text)
    if label is None:
        return None
    name = squash(text[label.end() :] if label.start() == 0 else text[: label.start()])
    return name if 1 < len(name) <= 80 and not is_signed(name) else None


def is_column_heads(text: str) -> bool:
    return all(w in COLUMN_HEADS for w in text.lower().split())


_CONNECTOR_END = compiled(r"(?:,|&|\b(?:of|and|for|to|the))$", re.I)
# a line going on with the title above ("President" over "of Acme Corp.")
_OPENERS = frozenset(("of", "and", "&", "for", "to"))


def next_registrant(text: str, signer: dict[str, Any], name_keys: list[str],
                    dates_of: Dates, signs_next: bool = False, ends: bool = False) -> bool:
    """A company's name right under a finished title: the next registrant's block of a joint
    filing ("Title: Chief Financial Officer" over "ICAHN ENTERPRISES L.P."), in capitals or
    under a "Title:" label; or a bank's name over the next signature (`signs_next`: "First
    Keystone National Bank" over "By: /s/ ...", where HTML dropped the blank row between the
    blocks), or a firm's name with no legal form over it ("THIRD POINT", "Trian Fund
    Management"), or a name captioned as a registrant; or a company's name in mixed case
    ending the lines under a signature (`ends`: "President" over "Icahn Capital LP", as in
    capitals). Never the end of a title cut after "of", "and", "&" or ",", bank or not."""
    if _CONNECTOR_END.search(signer["title_lines"][-1]) or (
            text.partition(" ")[0].lower() in _OPENERS):
        return False  # "... Officer of" / "First Keystone National Bank", "President" / "of
        # Acme Corp.": the title goes on
    if division_line(text):
        return False  # "President" / "Consumer Bank": the office's division, no firm
    if signs_next and (bank_name(text) or firm_in_capitals(text, signer["title_lines"][-1])
                       or firm_in_mixed_case(text, signer["title_lines"][-1])):
        return True
    if signs_next and company_words(text) and not TITLE_WORD.match(text):
        # "Vice President" over "Elliott Associates, L.P." over "By: ...": a legal form in
        # mixed case under a title with no "Title:" label (not "President, Acme Corp.")
        return is_registrant_line(text, name_keys, dates_of)
    if ("egistrant" in text or "EGISTRANT" in text) and labelled_registrant(text):
        return True  # "ACME BANK (Co-Registrant)" right under the last title (HTML rows)
    if not (signer.get("labelled") or text.isupper() or ends and not TITLE_WORD.match(text)):
        return False
    if ("ank" in text or "ANK" in text or text[-5:].lower() == "ation") and bank_name(text):
        return not is_signed(text)  # "Icahn National Bank", "Bank of Granite", "First
        # Savings Association": a bank's name, no legal form after it
    return company_words(text) and is_registrant_line(text, name_keys, dates_of)


# a title's words, which a title typed in capitals goes on with ("EXECUTIVE OFFICER")
_TITLE_WORDS = frozenset(
    "president officer chairman director vice treasurer secretary controller chief executive "
    "financial operating accounting manager managing member partner general counsel trustee "
    "attorney-in-fact principal".split())


def firm_in_capitals(text: str, title: str) -> bool:
    """A firm's name in capitals with no legal form, right under a finished title and over
    the next signature ("THIRD POINT", "ELLIOTT MANAGEMENT" over "By: /s/ ..."; HTML dropped
    the blank row between the blocks): at most four words, none a title's, no given name
    opening it (a person's, unless a firm named like one: "MORGAN STANLEY"), the title above
    not in capitals itself (whose next line could be its own), nor a name in brackets."""
    if not text.isupper() or title.isupper() or not text[0].isalpha():
        return False  # ("(ROBERT J. BROWN)": a name typed in brackets under its signature)
    words = text.split()
    if not 1 <= len(words) <= 4 or not _TITLE_WORDS.isdisjoint(w.lower() for w in words):
        return False
    if (given_first(words[0]) or any(w[1:] == "." for w in words[1:])) and (
            " ".join(words[:2]).title() not in FIRMS_LIKE_PEOPLE):
        return False  # a person's name: a given name opening it or an initial inside
    return len(NOT_LETTERS.sub("", text)) > 3 and not is_signed(text)


def firm_over_title(text: str, below: str, signer: dict[str, Any], name_keys: list[str],
                    dates_of: Dates) -> bool:
    """A firm's name with its legal form typed between a signer's name and title ("Carl C.
    Icahn" over "Icahn Partners, L.P." over "Chairman"): the firm the signer signs for, no
    line of the title, where the signer signs for no other (`below`: the next line)."""
    if signer["title_lines"] or not signer["name"] or not company_words(text) or (
            TITLE_WORD.match(text) or text.partition(" ")[0].lower() in _OPENERS):
        return False  # ("President, Acme Corp.", "of Acme Corp.": a title's own line)
    if not (TITLE_WORD.match(below) or below[:6].lower() == "title:"):
        return False
    own = signer["registrant"]
    return (own is None or same_keys(company_key(own), company_key(text))) and (
        is_registrant_line(text, name_keys, dates_of))


# the words of an investment firm's name with no legal form ("Trian Fund Management")
_FIRM_WORDS = frozenset(
    "management capital advisors advisers associates partners fund funds investments investors "
    "holdings group ventures equity asset assets opportunities offshore strategies securities"
    .split())


def firm_in_mixed_case(text: str, title: str) -> bool:
    """A firm's name in mixed case with no legal form, right under a finished title and over
    the next signature ("Trian Fund Management", "Icahn Capital" over "By: /s/ ..."; HTML
    dropped the blank row between the blocks): two to four capitalised words, one a firm's
    word and none a title's, no given name or inner initial (a person's name); an office
    line goes on in lower case ("Head of Trading") or with a title's word."""
    words = text.split()
    if not 2 <= len(words) <= 4 or text.isupper() or title.isupper() or not all(
            w[0].isupper() and w.isalpha() for w in words):
        return False
    low = {w.lower() for w in words}
    if low.isdisjoint(_FIRM_WORDS) or not low.isdisjoint(_TITLE_WORDS):
        return False
    return not given_first(words[0]) or " ".join(words[:2]) in FIRMS_LIKE_PEOPLE


# the words of a bank's or a group's division, no proper name among them: "Consumer Bank",
# "Retail Banking Group", "Wealth Management Group", "Corporate & Investment Bank"
_DIVISION_WORDS = frozenset(
    "consumer retail commercial corporate investment private wealth business global "
    "international institutional personal merchant mortgage banking management asset assets "
    "lending markets treasury digital wholesale regional community card cards payments "
    "services operations technology custody advisory enterprise credit capital small and &"
    .split())


def division_line(text: str) -> bool:
    """A division's line under a title ("President" over "Consumer Bank", "RETAIL BANKING
    GROUP"): ending in "Bank" or "Group" with no proper name before it (a firm's line has
    one: "Icahn National Bank", "Acme Financial Group"), so it goes on with the title."""
    words = text.split()
    if not 2 <= len(words) <= 6 or words[-1].lower() not in ("bank", "group"):
        return False  # (most lines)
    return all(w[0].isupper() or w == "&" for w in words) and all(
        w.lower() in _DIVISION_WORDS for w in words[:-1])


# words of a bank's name after "Bank" ("Bank, N.A.", "Bank of Long Island", "Bank, FSB")
_BANK_TAIL = frozenset("of and & the n.a. na fsb f.s.b. ssb".split())
# an office in the line: a title naming its bank ("President of Acme Bank"), no bank's name
_OFFICE_WORDS = frozenset(
    "president officer chairman director vice treasurer secretary controller chief".split())


# the word before "Association" in a savings institution's name ("Acme Savings Association",
# "Acme Savings and Loan Association", "Acme Bank, National Association")
_THRIFT = frozenset(("savings", "loan", "national"))


def bank_name(text: str) -> bool:
    """A bank's name on a line of its own, the second registrant of a bank holding company's
    report signing with its bank ("First Keystone National Bank", "THE FIRST NATIONAL BANK OF
    LONG ISLAND", "Bank of Granite", "Acme Savings Association"): every word capitalised but
    "of", "and", "the", and no office ("President of the Bank") nor "the Bank" of a
    sentence."""
    low_text = text.lower()
    if "bank" not in low_text and "association" not in low_text:
        return False  # (most lines)
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 9:
        return False
    low = [w.lower() for w in words]
    if "bank" in low:
        at = low.index("bank")
    elif low[-1] == "association" and len(low) > 2 and low[-2] in _THRIFT:
        at = len(low) - 1  # a thrift's: "... Savings (and Loan) Association"
    else:
        return False
    if at and low[at - 1] in ("the", "our", "its", "said", "a") and (
            at > 1 or at + 1 == len(low)):
        return False  # ("... of the Bank", "The Bank": a title's or a sentence's)
    if at == 0 and low[1] != "of" or not _OFFICE_WORDS.isdisjoint(low):
        return False
    return all(w[0].isupper() or w.lower() in _BANK_TAIL for w in words) and (
        words[0][0].isupper())


def each_registrant(text: str | None, names: list[str]) -> list[str | None]:
    """The registrants a signer signs for: several when their names stand in one line
    ("ALABAMA POWER COMPANY GEORGIA POWER COMPANY ..." in a combined filing), as printed."""
    if text is None:
        return [text]
    if len(names) < 2:
        # "ACME BANCORP, INC. AND FIRST ACME BANK" over one signer, the header naming one
        pair = _joined_pair(text) if " and " in text or " AND " in text else None
        return pair or [text]
    if " and " in text or " AND " in text or " & " in text:
        parts = _two_registrants(text, names)
        if parts:
            return parts
    low = text.lower()
    found: list[tuple[int, int]] = []
    for name in names:
        at = low.find(name.lower())
        if at >= 0:
            found.append((at, at + len(name)))
    found.sort()
    spans = [f for k, f in enumerate(found) if k == 0 or f[0] >= found[k - 1][1]]
    covered = sum(end - start for start, end in spans)
    if len(spans) < 2 or covered < 0.8 * len(text.replace(" ", "")):
        return [text]
    return [text[start:end] for start, end in spans]


_AND = lazy(r"\s(?:and|AND|&)\s")


def _two_registrants(text: str, names: list[str]) -> list[str] | None:
    """Two registrants of a combined filing joined by "and", each named in the header ("FIRST
    KEYSTONE CORPORATION" over "AND FIRST KEYSTONE NATIONAL BANK"), as printed; None when no
    "and" parts the line so (one name holding an "and": "AMERICAN TELEPHONE AND TELEGRAPH")."""
    keys = [company_key(name) for name in names]
    for match in _AND.finditer(text):
        left, right = text[: match.start()].rstrip(" ,"), text[match.end() :].strip(" ,")
        kl, kr = company_key(left), company_key(right)
        if not same_keys(kl, kr) and any(same_keys(kl, k) for k in keys) and any(
                same_keys(kr, k) for k in keys):
            return [left, right]
    return None


def _joined_pair(text: str) -> list[str] | None:
    """Two companies' names joined by "and" in one line, where the header names one filer or
    none: the first ends in a company word, the second ends in one too or is a bank's name
    ("ACME BANCORP, INC. AND FIRST ACME BANK"); not one name holding an "and" ("SEARS,
    ROEBUCK AND CO.", "CHICAGO TITLE AND TRUST COMPANY", "ACME GROUP AND TRUST COMPANY") nor
    "... INC. AND SUBSIDIARIES"."""
    for match in _AND.finditer(text):
        if match.group()[1] == "&":
            continue  # ("PROCTER & GAMBLE": "&" joins one name)
        left, right = text[: match.start()].rstrip(" ,"), text[match.end() :].strip(" ,")
        if company_words(left) and right[:1].isupper() and not company_words(
                right.split()[0]) and (
                company_words(right) or bank_name(right)) and not same_keys(
                company_key(left), company_key(right)):
            return [left, right]
    return None


# a fund family's trust, which signs for its series: "ACME FUNDS TRUST", "VANGUARD WORLD
# FUNDS", "ACME SERIES TRUST", "ACME FUND, INC."; a series' name: "... GROWTH FUND",
# "... PORTFOLIO", "... MUNICIPAL SERIES"
_TRUST_END = lazy(r".*\b(?:TRUST|FUNDS|PORTFOLIOS|FUNDS?,?\s+INC)\b\.?,?$", re.I)
_SERIES_END = lazy(r".*\b(?:FUND|PORTFOLIO|SERIES)\.?,?$", re.I)


def capacity_cut(text: str) -> int:
    """Where the capacity a registrant signs in starts after its name on its line ("WORLD
    OMNI AUTO RECEIVABLES LLC, as Depositor", "ACME CORP., as Issuer"), -1 if none."""
    at = text.find(", as ")
    if at < 0:
        at = text.find(", AS ")
    return at if at > 2 and len(text) - at < 70 else -1


def on_behalf(text: str) -> int:
    """Where ", on behalf of ..." starts after a name on its line ("ACME FUNDS TRUST, on behalf
    of Acme Growth Fund"), 0 if the line opens with it, -1 if it holds none."""
    at = text.find("behalf of")
    if at < 0:
        at = text.find("BEHALF OF")
    if at < 3 or text[at - 3 : at].lower() != "on ":
        return -1
    return len(text[: at - 3].rstrip(" ,"))


def series_of(trust: str, text: str) -> bool:
    """A fund's series named under its trust, which signs "on behalf of" it: the series is no
    registrant of its own ("ACME FUNDS TRUST" over "on behalf of its series" / "ACME GROWTH
    FUND", "VANGUARD WORLD FUNDS" over "VANGUARD INTERNATIONAL GROWTH PORTFOLIO")."""
    if on_behalf(text) == 0:
        return True
    last = trust.rsplit("\n", 1)[-1]
    return len(text) <= 80 and _SERIES_END.match(text) is not None and (
        _TRUST_END.match(last) is not None) and not is_signed(text)


def filing_person(text: str, below: list[list[Chunk]]) -> bool:
    """In a schedule, a person's name in capitals over the next signature ("JEFFREY SMITH"
    over "/s/ Jeffrey Smith", "CARL C. ICAHN" over "By: /s/ Jane Roe"): a filing person
    signing for themselves, no registrant. A person's name: opening with a given name or an
    initial, or an initial inside it, or the surname signed under it; a company's name has
    its legal form or a firm's word ("ELLIOTT MANAGEMENT", "THIRD POINT": no given name);
    typed surname first ("PELTZ, NELSON"), the person's own signature under it."""
    if not text.isupper() or is_signed(text) or company_words(text):
        return False
    named = in_given_order(text) if "," in text else None
    if named:  # "PELTZ, NELSON" over "/s/ Nelson Peltz": read in order, signed by that person
        return typed_name(named) and _signs_under(below, named)
    if not typed_name(text):
        return False
    words = text.split()
    if " ".join(words[:2]).title() in FIRMS_LIKE_PEOPLE:
        return False  # "MORGAN STANLEY", "RAYMOND JAMES": a firm's, filing its 13G
    if given_first(words[0]) or any(w[1:] == "." for w in words[1:-1]):
        return _signs_under(below, None)
    return _signs_under(below, text)


def named_over_own(text: str, below: list[list[Chunk]], signer: str | None) -> bool:
    """A person's name over their own signature ("Gail Golden" over "/s/ Gail Golden", past
    blank rows; in capitals or surname first too) under a signer with no title: the next
    signer's name, not the title of `signer` (nor that signer's own name typed again)."""
    named = in_given_order(text) if "," in text else text
    # (cheap tests first: a registrant's line in capitals over "By:" ends in a company word,
    # the signer's name typed again is the same; then the signature under it)
    return bool(named) and not company_words(text) and not (
        signer and same_person(named, signer)) and _signs_under(below, named) and typed_name(
        named)


# the caption of a signature typed on a line of its own, over it ("CARL C. ICAHN" /
# "Signature:" / "/s/ Carl C. Icahn": a schedule's rendered labels)
_BARE_LABELS = frozenset(("by:", "signature:", "signature", "by"))


def _signs_under(below: list[list[Chunk]], name: str | None) -> bool:
    """The first line with words under a name, past blanks and rules, signs (by `name`'s
    person, when given)."""
    for row in below:
        cells = [c.text for c in row if not is_rule(c.text)]
        if not cells or len(cells) == 1 and cells[0].lower() in _BARE_LABELS:
            continue  # (a label alone on its line, the signature under it: "Signature:")
        signed = next((c for c in cells if is_signed(c)), None)
        if signed is None or name is None:
            return signed is not None
        signer = name_of(signed)[0]
        return bool(signer) and same_person(name, signer)
    return False
