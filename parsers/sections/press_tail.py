"""The tail of a press release: the About section and the forward-looking statements.

Schema slice (of ``press_releases[]``), seed 000::

    about                      {"company": "CTC Communications", "text": "CTC is a rapidly ..."}
    forward_looking_statements "The statements in this press release that relate to ..."

The About section runs from its heading ("About CTC Communications", "ABOUT STOCKWALK.COM
GROUP, INC.") to the next boundary (safe harbour, contacts, end mark "# # #", a short heading);
Apple prints it without a heading, after the safe harbour (``press_release`` handles that).
The safe harbour is a headed section ("Forward-Looking Statements") or the paragraph that says
"forward-looking statements". Contacts are read by ``press_contacts``.
"""

from __future__ import annotations

from .patterns import SIGNATURE_HEADING
from .press_patterns import (
    ABOUT_HEADING,
    ABOUT_INLINE,
    CONTACT_HEADING,
    END_MARK,
    FLS_HEADING,
    FLS_PHRASE,
    ITEM_HEADING,
    NOTE_TO_EDITORS,
    URL,
)
from .press_text import more_words, normalise, paragraph_text, split_paragraphs

_MAX_ABOUT_PARAS = 4
_MAX_FLS_PARAS = 8


def _is_heading_para(text: str) -> bool:
    return not more_words(text, 10) and not text.rstrip().endswith((".", ",", ";"))


def is_boundary(first_line: str, text: str) -> bool:
    """A paragraph that ends the About or forward-looking section."""
    s = first_line.strip()
    return bool(
        ABOUT_HEADING.match(s)
        or ABOUT_INLINE.match(s)
        or CONTACT_HEADING.match(s)
        or END_MARK.match(s)
        or NOTE_TO_EDITORS.match(s)
        or ITEM_HEADING.match(s)
        or SIGNATURE_HEADING.match(s)
        or "\t" in first_line
        or (_is_heading_para(text) and FLS_HEADING.match(s))
    )


# ---- about -----------------------------------------------------------------------------------


def about_in(firsts: list[str], texts: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """(first, end) paragraph indexes and {company, text} of the first About section."""
    for i, (first, text) in enumerate(zip(firsts, texts, strict=True)):
        m = ABOUT_HEADING.match(first.strip())
        inline = None if m else ABOUT_INLINE.match(first.strip())
        if m and not more_words(text, 10):  # "ABOUT STOCKWALK.COM GROUP, INC."
            start, company, parts = i + 1, m.group("company"), []
        elif inline:
            start, company = i + 1, inline.group("company")
            parts = [normalise(first.strip()[inline.end() :] + text[len(normalise(first)) :])]
        else:
            continue
        end = start
        while end < len(texts) and end - start < _MAX_ABOUT_PARAS:
            if is_boundary(firsts[end], texts[end]) or FLS_PHRASE.search(texts[end][:400]):
                break
            if _is_heading_para(texts[end]) and not URL.search(texts[end]):
                break  # "Conference Call", "Webcast Information" ...
            parts.append(texts[end])
            end += 1
        parts = [p for p in parts if p]
        if not parts:
            return None
        company = company.strip().rstrip(":").strip()
        return i, end, {"company": company, "text": "\n\n".join(parts)}
    return None


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


def forward_looking_in(firsts: list[str], texts: list[str]) -> tuple[int, int, str] | None:
    """(first, end) paragraph indexes and the text of the forward-looking statements."""
    for i, (first, text) in enumerate(zip(firsts, texts, strict=True)):
        if _is_heading_para(text) and FLS_HEADING.match(first.strip()):
            end = i + 1
            while end < len(texts) and end - i <= _MAX_FLS_PARAS:
                if is_boundary(firsts[end], texts[end]) or _is_heading_para(texts[end]):
                    break
                end += 1
            if end > i + 1:
                return i, end, "\n\n".join(texts[i + 1 : end])
        elif i > 0 and FLS_PHRASE.search(text[:400]) and more_words(text, 15):
            return i, i + 1, text
    return None


def find_forward_looking(text: str) -> str | None:
    """The forward-looking statements paragraph(s) of a release text (after its first one)."""
    found = forward_looking_in(*_paragraphs(text))
    return found[2] if found else None
