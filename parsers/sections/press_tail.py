"""The tail of a press release: the About section and the forward-looking statements.

Schema slice (of ``press_releases[]``), seed 000::

    about                      {"company": "CTC Communications", "text": "CTC is a rapidly ..."}
    forward_looking_statements "The statements in this press release that relate to ..."

The About section runs from its heading ("About CTC Communications", "ABOUT STOCKWALK.COM
GROUP, INC.") to the next boundary (safe harbour, contacts, end mark "# # #", a short heading);
Apple prints it without a heading, after the safe harbour (``press_release`` handles that).
Under a heading naming no company ("About the Company", "Company Profile") the company is the
one the text opens with, else the dateline's as the text or the dateline paragraph prints it
("The Company is ..." / "Founded in 1987, Acme Corp. is ...").
The safe harbour is a headed section ("Forward-Looking Statements") or the paragraph that says
"forward-looking statements" or opens with a run-in heading ("Safe Harbor Statement: ...").
Contacts are read by ``press_contacts``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..lazy_re import lazy
from .patterns import SIGNATURE_HEADING
from .press_patterns import (
    ABOUT_HEADING,
    ABOUT_INLINE,
    ABOUT_STARTS,
    CONTACT_HEADING,
    END_MARK,
    FLS_HEADING,
    FLS_PHRASE,
    ITEM_HEADING,
    NOTE_TO_EDITORS,
    PROFILE_ENDS,
    PROFILE_HEADING,
    URL,
)
from .press_text import more_words, normalise, paragraph_text, split_paragraphs

_MAX_ABOUT_PARAS = 4
_MAX_FLS_PARAS = 8
END_MARK_FIRST = frozenset("#*-(S")  # how a (stripped) END_MARK line opens


# A safe-harbour heading run into its paragraph, whose text may not say "forward-looking
# statements": "Safe Harbor Statement: Statements in this release that are forward-looking
# are made pursuant to ...", "SAFE HARBOR STATEMENT UNDER THE ... ACT OF 1995: ..."
# ("Forward-Looking Guidance: we expect ..." is the body's)
_INLINE_FLS_HEADING = lazy(
    r"[ \t]*[\"\u201c]?(?i:safe[ \t]+harbou?r|(?:forward[- ]looking|cautionary)[ \t]+"
    r"(?:statement|information|note|language))[^:\n.]{0,100}:[ \t]"
)


def _fls_phrase(text: str) -> bool:
    """FLS_PHRASE in the first 400 characters, or an inline safe-harbour heading there with
    "forward" in its text. That caseless word has no non-ASCII twin, so the lower-cased text
    holds it: a substring test rules most paragraphs out."""
    head = text[:400]
    return "forward" in head.lower() and (
        FLS_PHRASE.search(head) is not None or _INLINE_FLS_HEADING.match(head) is not None
    )


def _is_heading_para(text: str, words: int = 10) -> bool:
    return not more_words(text, words) and not text.rstrip().endswith((".", ",", ";"))


# A safe-harbour heading may be long: "Safe Harbor Statement under the Private Securities
# Litigation Reform Act of 1995" (12 words)
_FLS_HEADING_WORDS = 16


def is_boundary(first_line: str, text: str) -> bool:
    """A paragraph that ends the About or forward-looking section."""
    s = first_line.strip()
    low = s.lower()
    # Each pattern behind the first thing it needs (none of these caseless letters has a
    # non-ASCII twin, except the "i" of "item": its "tem" is looked for instead).
    return bool(
        "\t" in first_line
        or (s.startswith(ABOUT_STARTS) and (ABOUT_HEADING.match(s) or ABOUT_INLINE.match(s)))
        or ((":" in s or "contact" in low) and CONTACT_HEADING.match(s))
        or (s[:1] in END_MARK_FIRST and END_MARK.match(s))
        or (low.startswith("note") and NOTE_TO_EDITORS.match(s))
        or (s[1:4].lower() == "tem" and ITEM_HEADING.match(s))
        or (s[:1] == "S" and SIGNATURE_HEADING.match(s))
        or (("forward" in low or "harbor" in low or "caut" in low) and _fls_heading(s, text))
    )


def _fls_heading(first: str, text: str) -> bool:
    """A safe-harbour heading; a long one is capitalised ("Safe Harbor Statement under the
    Private Securities Litigation Reform Act of 1995:"), unlike a sentence leading into a
    list ("Forward-looking statements are subject to risks ..., including:")."""
    if not _is_heading_para(text, _FLS_HEADING_WORDS) or not FLS_HEADING.match(first):
        return False
    if not more_words(text, 10):
        return True
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return 2 * sum(w[0].isupper() for w in words) >= len(words)


# ---- about -----------------------------------------------------------------------------------


# Trademark signs and a ticker after a name: "Acme\u00ae", "ACME CORP. (NYSE: ACM)"
_MARKS = lazy(
    r"[\u00ae\u2122\u00a9\u2120]|\((?:R|TM|SM|C)\)|[ \t]*\([A-Za-z .]{2,20}:[ \t]*[A-Z.]{1,8}\)$"
)
_GENERIC_COMPANY = ("the company", "the corporation", "us", "the bank", "the partnership")
# The company an About text opens with: "Acme is ...", "Acme Corp. (NYSE: ACM) is ...".
_SUBJECT = lazy(
    r"((?:The[ \t]+)?[A-Z][\w&.'\u2019-]*(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|&|of|and)){0,6})"
    r"(?:[ \t]+\([^()\n]{1,40}\))?"
    r"(?:,?[ \t]+(?:is|was|are|has|have|provides|develops|designs)\b|,[ \t]+(?:a|an|the)[ \t])"
)


def about_in(
    firsts: Sequence[str], texts: Sequence[str], company: str | None = None
) -> tuple[int, int, dict[str, str]] | None:
    """(first, end) paragraph indexes and {company, text} of the company's About section.

    A release may print several ("About CP-101", "About the ACCORD Trial", "About Contoso
    Pharmaceuticals"): given the first word of the company the dateline names, the section
    naming it is taken, else the first. ``first`` is where the first About opens, so the
    body ends there either way.
    """
    found = None
    for i, start, company_name, parts in _abouts(firsts, texts):
        end = _about_end(start, firsts, texts)
        parts = [p for p in parts + list(texts[start:end]) if p]
        if not parts:
            break
        name = _MARKS.sub("", (company_name or "").strip().rstrip(":")).strip()
        if not name or name.lower() in _GENERIC_COMPANY:
            # "About the Company", "Company Profile": the text names it, else the dateline
            # ("The Company is ...", "Founded in 1987, Acme Corp. is ...")
            named = _SUBJECT.match(parts[0])
            subject = named.group(1) if named else ""
            if subject.lower() in _GENERIC_COMPANY:
                subject = ""
            if not subject and company:
                # the About's own mention, unless it is the bare word ("Acme is based ...")
                subject = _named(parts[0], company) or ""
                if subject in ("", company) and i > 0:
                    subject = _named(texts[0], company) or subject
            name = subject or name or None
        if name is None:
            continue
        about = {"company": name, "text": "\n\n".join(parts)}
        if found is None:
            found = i, end, about
        elif _names(name, company):
            return found[0], end, about
        if company is None or _names(name, company):
            return found
    if found is None:
        _same_length(firsts, texts)
    return found


# The words of a company's name after its first: "Northwind Systems, Inc. (Nasdaq: NWND)"
_NAME_RUN = lazy(r"(?:,?[ \t]+(?:[A-Z][\w&.'\u2019-]*|&|of|and)){0,6}")
_NAME_ENDS = frozenset(
    "Inc Corp Co Ltd LLC LLP LP L.P plc PLC N.V S.A AG SE Incorporated Corporation Company "
    "Limited".split()
)


def _named(text: str, word: str) -> str | None:
    """The company whose name opens with ``word`` as ``text`` first names it in full:
    "Northwind Systems, Inc." (up to its "Inc." or a sentence end)."""
    at = text.find(word)
    if at < 0 or (at and (text[at - 1].isalnum() or text[at - 1] in "&-")):
        return None
    end = at + len(word)
    if end < len(text) and (text[end].isalnum() or text[end] in "-&"):
        return None  # part of a longer word
    tokens = [word]
    for token in text[end : _NAME_RUN.match(text, end).end()].split():
        bare = token.strip(",").rstrip(".")
        if token.endswith(".") and bare not in _NAME_ENDS and len(bare) > 1:
            tokens.append(bare)  # "... Acme Holdings. The company" ends there
            break
        tokens.append(token)
        if bare in _NAME_ENDS:
            break
    while len(tokens) > 1 and tokens[-1].strip(",") in ("and", "of", "&"):
        tokens.pop()
    return " ".join(tokens).rstrip(",")


def _names(name: str, word: str | None) -> bool:
    """Whether an About heading's company opens with the dateline company's first word."""
    return word is not None and name.split(None, 1)[0].lower() == word.lower()


def _abouts(
    firsts: Sequence[str], texts: Sequence[str]
) -> Iterator[tuple[int, int, str | None, list[str]]]:
    """(heading index, first text index, company as headed, inline text) of each About."""
    for i, first in enumerate(firsts):
        s = first.strip()
        if not s.startswith(ABOUT_STARTS):
            if s.endswith(_PROFILE_ENDS) and (found := _profile(s, i, firsts, texts)):
                yield found
            continue  # (how the patterns open; the text is read only past this test)
        text = texts[i]
        m = ABOUT_HEADING.match(s)
        if m and not more_words(text, 10):  # "ABOUT STOCKWALK.COM GROUP, INC."
            yield i, i + 1, m.group("company"), []
            continue
        # "About Apple Inc.: Apple designs ..." (a short one reads as a heading too)
        inline = ABOUT_INLINE.match(s)
        if inline is not None:
            rest = normalise(first.strip()[inline.end() :] + text[len(normalise(first)) :])
            yield i, i + 1, inline.group("company"), [rest]


def _about_end(start: int, firsts: Sequence[str], texts: Sequence[str]) -> int:
    """Index of the first paragraph past the About text that starts at ``start``."""
    end = start
    while end < len(texts) and end - start < _MAX_ABOUT_PARAS:
        if is_boundary(firsts[end], texts[end]) or _fls_phrase(texts[end]):
            break
        if _is_heading_para(texts[end]) and not URL.search(texts[end]):
            break  # "Conference Call", "Webcast Information" ...
        end += 1
    return end


# "Adatum Corp. Background" reads as "<Company> Profile" does
_BACKGROUND_HEADING = lazy(
    r"^[ \t]*(?P<company>[A-Z][^\n\t:]{0,79}?)[ \t]+(?:Background|BACKGROUND)[ \t]*:?[ \t]*$"
)
_PROFILE_ENDS = (*PROFILE_ENDS, "Background", "BACKGROUND", "Background:", "BACKGROUND:")


def _profile(
    heading: str, i: int, firsts: Sequence[str], texts: Sequence[str]
) -> tuple[int, int, str, list[str]] | None:
    """The About under "<Company> Profile", when the paragraph below opens with the name:
    "Northwind Systems, Inc. Profile" / "Northwind Systems, Inc. designs ..." ("Customer
    Profile" over "Acme Bank is ..." is body)."""
    m = PROFILE_HEADING.match(heading) or _BACKGROUND_HEADING.match(heading)
    if m is None or more_words(texts[i], 10) or i + 1 >= len(texts):
        return None
    company = m.group("company").strip()
    if not texts[i + 1].lower().startswith(company.split()[0].lower()):
        return None
    if _about_end(i + 1, firsts, texts) == i + 1:
        return None
    return i, i + 1, company, []


def _same_length(firsts: Sequence[str], texts: Sequence[str]) -> None:
    """Raise as zip(firsts, texts, strict=True) does once a search has read them all."""
    if len(firsts) != len(texts):
        raise ValueError("paragraph first lines and texts differ in number")


def _paragraphs(text: str) -> tuple[list[str], list[str]]:
    """(first line, whole text) of each paragraph: what the section finders read."""
    lines = text.split("\n")
    paras = split_paragraphs(lines)
    return [lines[s] for s, _ in paras], [paragraph_text(lines[s:e]) for s, e in paras]


def find_about(text: str) -> dict[str, str] | None:
    """{company, text} of the "About <Company>" section of a release text."""
    found = about_in(*_paragraphs(text))
    return found[2] if found else None


# ---- forward-looking statements --------------------------------------------------------------


def forward_looking_in(
    firsts: Sequence[str], texts: Sequence[str]
) -> tuple[int, int, str] | None:
    """(first, end) paragraph indexes and the text of the forward-looking statements."""
    for i, (first, text) in enumerate(zip(firsts, texts, strict=True)):
        if _fls_heading(first.strip(), text):
            end = i + 1
            parts: list[str] = []
            items = 0  # listed risks do not count against the limit (there may be twenty)
            while end < len(texts) and end - i - items <= _MAX_FLS_PARAS and items < 40:
                part = texts[end]
                item = _list_item(part)
                if not part.strip(_RULE):
                    pass  # the heading's underline ("- --------", 1990s text)
                elif is_boundary(firsts[end], part) or (not item and _is_heading_para(part)):
                    break
                else:
                    parts.append(part)
                items += item
                end += 1
            if parts:
                return i, end, "\n\n".join(parts)
        elif i > 0 and _fls_phrase(text) and more_words(text, 15):
            end = i + 1
            while end < len(texts) and end - i < _MAX_FLS_PARAS and _goes_on(firsts, texts, end):
                end += 1
            return i, end, "\n\n".join(texts[i:end])
    return None


# A risk listed as a bullet ("\u2022 supply chain disruptions; and"): short, but no heading
_BULLETS = ("\u2022", "\u00b7", "\u25aa", "\u25cf", "\u25e6", "\u2013", "\u2014", "-", "*", "o ")
_RULE = " \t-=_*~"


def _list_item(text: str) -> bool:
    return (text.startswith(_BULLETS) and text[1:3].strip(_RULE)[:1].isalnum()) or text.endswith(
        (" and", " or")
    )


# Words of a safe harbour's later paragraphs ("Additional risk factors ...", "Actual results
# may differ ...", "The Company undertakes no obligation ..."); their 1995-2025 stock phrases
# ("risks", not "risk": "a leading provider of risk management ..." is an About)
_FLS_WORDS = ("risks", "risk factors", "uncertaint", "actual result", "undertake",
              "forward-looking", "forward looking")


def _goes_on(firsts: Sequence[str], texts: Sequence[str], k: int) -> bool:
    """Whether paragraph k continues a headingless safe-harbour paragraph: no boundary or
    heading, and in the safe harbour's words (an About or body paragraph after it is not)."""
    text = texts[k]
    if is_boundary(firsts[k], text) or _is_heading_para(text):
        return False
    head = text[:300].lower()
    return any(w in head for w in _FLS_WORDS)


def find_forward_looking(text: str) -> str | None:
    """The forward-looking statements paragraph(s) of a release text (after its first one)."""
    found = forward_looking_in(*_paragraphs(text))
    return found[2] if found else None
