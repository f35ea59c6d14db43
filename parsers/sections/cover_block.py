"""Read an address block: street, city line and telephone one per line, above a caption of the
whole block (registration statements), under an unbracketed "Address and Telephone Number",
or with no caption at all under the row of numbers (address_after).
"""

from __future__ import annotations

import re

from ..regex_cache import compiled
from .cover_above import is_street
from .cover_address import POSTCODE, cut_phone, phone_line, read_phone
from .cover_chunks import Rows
from .cover_inline import phone_below

# Registration statements (S-1, S-3, F-1, Form 10) caption the whole block at once: street,
# city line and telephone stand above "(Address, including zip code, and telephone number,
# including area code, of registrant's principal executive offices)", one per line.
BLOCK_CAPTION = compiled(
    r"[ \t]*+\(address,?[ \t]+(?:including[ \t]+(?:the[ \t]+)?zip[ \t]+code,?[ \t]+)?"
    r"(?:and[ \t]+)?telephone", re.I)
_BLOCK_LINES = 4
_RULE = "-=_*~ "  # a rule line's characters


def address_block(lines: list[str], i: int) -> dict[str, str]:
    """address, zip and phone from the lines above the block caption on line i; the lines
    run up to a blank-line gap or to the caption above ("...Identification No.)")."""
    texts: list[str] = []
    phone: str | None = None
    blanks = 0
    for j in range(i - 1, max(-1, i - 3 * _BLOCK_LINES), -1):
        line = " ".join(lines[j].split())
        if not line:
            blanks += 1
            if blanks > 1 and texts:
                break
            continue
        blanks = 0
        if not line.strip(_RULE):
            if texts:
                break  # a rule parts the block from the one above (the name, "---" under it)
            continue
        rest, number = cut_phone(line)
        if number is None and (line.startswith("(") or line.endswith(")")
                               or line.endswith("]") and "[" not in line):
            # a caption: the block is above it no more (also a square-bracketed caption's
            # wrapped tail, "of incorporation or organization]", Apple's 1990s covers)
            break
        phone = number or phone
        if rest:
            texts.insert(0, rest)
        if len(texts) == _BLOCK_LINES:
            break
    return _block_fields(texts, phone)


def block_below(rows: Rows, i: int) -> dict[str, str]:
    """address, zip and phone from a block of one-column lines under an unbracketed
    telephone caption that names the address too, on its line or the one above (Zurn 1994):

                                  Address and
                               Telephone Number
                                One Zurn Place
                           Erie, Pennsylvania  16505
                                 814-452-2111
    """
    above = rows.lines[i - 1] if i else ""
    if "address" not in rows.lines[i].lower() and "address" not in above.lower():
        return {}
    texts: list[str] = []
    phone: str | None = None
    for j in range(i + 1, min(len(rows.lines), i + 2 + _BLOCK_LINES)):
        row = rows.without_rules(j)
        if not row:
            if texts:
                break  # a blank line ends the block
            continue
        if any(c.caption for c in row) or any(
                b.start - a.end > 4 for a, b in zip(row, row[1:], strict=False)):
            break  # a caption, or columns side by side ("Erie, Pennsylvania  16505" is one)
        rest, phone = cut_phone(" ".join(c.text for c in row))
        if not texts and not is_street(rest):
            return {}  # a block opens with its street
        if rest:
            texts.append(rest)
        if phone is not None:
            break  # the telephone closes the block
    return _block_fields(texts, phone) if texts else {}


def address_after(rows: Rows, i: int) -> dict[str, str]:
    """address, zip and phone printed with no caption right under the captions of the
    state and numbers on line i, on a cover that captions no address (Microsoft 10-Ks
    2001-2004): a street line closed by a postcode (or a street line over a city line closed
    by one), maybe over the telephone number alone:

                   Washington                     91-1144442
            (State of incorporation)              (I.R.S. ID)
               One Microsoft Way, Redmond, Washington 98052-6399
                                (425) 882-8080
    """
    texts: list[str] = []
    last = i  # the block's last line
    for j in range(i + 1, min(len(rows.lines), i + 2 + _BLOCK_LINES)):
        row = rows.without_rules(j)
        if not row:
            if texts:
                break
            continue
        if all(c.caption for c in row) and not texts:
            continue  # the captions wrapped onto the next line: "of incorporation)"
        if len(row) > 1 or row[0].caption:
            break  # columns again, or a caption: no block of its own
        text = row[0].text
        if not texts:
            if not is_street(text) or cut_phone(text)[1] is not None:
                return {}
            texts.append(text)
            last = j
            if POSTCODE.search(text):
                break
            continue
        if POSTCODE.search(text):  # the city line under the street
            texts.append(text)
            last = j
        break
    if not texts or not POSTCODE.search(texts[-1]):
        return {}
    phone = phone_below(rows, last)
    return _block_fields(texts, phone)


def _block_fields(texts: list[str], phone: str | None) -> dict[str, str]:
    """address, zip and phone of an address block's lines and its telephone number."""
    if not texts:
        return {"phone": phone} if phone else {}
    out = {"address": ", ".join(t.rstrip(",") for t in texts)}
    postcode = POSTCODE.search(out["address"])
    if postcode:  # the zip column is the block's own, not a caption's further down
        out["address"], out["zip"] = out["address"][: postcode.start()], postcode.group(1)
    if phone:
        out["phone"] = phone
    return out


# An 8-K's or 10-K's bracketed address caption with the registrant's telephone printed under it
# uncaptioned, where the telephone's caption would stand:
#     45 William Street, Wellesley, Massachusetts        02481
#     (Address of principal executive offices)        (Zip Code)
#     Tel. 781.237.5100   Fax 781.237.5199
_OFFICES = "principal executive office"
_UNDER_LINES = 4


def phone_under_address(region: str, low: str) -> str | None:
    """The telephone on the lines right under the first bracketed address caption (after
    blank lines, rules and table tags; a fax's line skipped), for a cover whose captions read
    none; not under a caption that names the telephone or a contact person or agent, whose
    block of name, address and number follows it, nor over a contact's caption."""
    at = low.find(_OFFICES)
    if at < 0:
        return None
    start = low.rfind("\n", 0, at) + 1
    close = low.find(")", at, at + 200)
    if close < 0 or low.rfind("(", start, at) < 0 or _names_other(low[start:close]):
        return None
    phone: str | None = None
    seen = False  # a line of numbers read
    for line in region[low.find("\n", close) + 1 :].split("\n", _UNDER_LINES)[:_UNDER_LINES]:
        text = line.strip()
        if not seen and (not text.strip(_RULE) or text[0] == "<" and text[-1] == ">"):
            continue
        numbers, number = phone_line(text)
        if not numbers:
            return phone if not _names_other(text.lower()) else None
        seen, phone = True, phone or number
    return phone


def _names_other(low: str) -> bool:
    return "telephone" in low or "contact" in low or "agent" in low


# A cover that prints its telephone in a sentence, no caption: "... and its telephone number,
# including area code, is (31) 70 344 3211" (AEGON's 20-F and 6-K), maybe wrapped; a few words
# between "number" and "is" ("The telephone number of the Registrant is"), not across a
# sentence's end (each word one run of non-blanks without a period: no backtracking between)
_PROSE_PHONE = compiled(r"telephone[ \t\n]{1,3}number,?[ \t\n]{1,3}(?:including[ \t\n]{1,3}"
                        r"(?:the[ \t\n]{1,3})?area[ \t\n]{1,3}code,?[ \t\n]{1,3})?"
                        r"(?:(?!is[ \t\n])[^ \t\n.]{1,30}[ \t\n]{1,3}){0,6}is[ \t\n]{1,3}")
_PROSE_CHARS = 40  # the number follows the "is" at once
_SENTENCE_CHARS = 200  # the sentence's words before "telephone" that may name another's
# the sentence names another's telephone (a contact's, an agent's, a fax's)
_OTHERS = ("contact", "agent", "fax", "facsimile", "counsel", "attention")


def prose_phone(region: str, low: str) -> str | None:
    """The number a cover's sentence gives as the telephone (_PROSE_PHONE), right after its
    "is"; not one the same sentence gives for a contact or agent."""
    at = low.find("telephone")
    while at >= 0:
        found = _PROSE_PHONE.match(low, at)
        if found is not None:
            tail = " ".join(region[found.end(): found.end() + _PROSE_CHARS].split())
            phone = read_phone(tail)
            back = max(0, at - _SENTENCE_CHARS)  # (the sentence's start, looked for nearby)
            start = max(low.rfind(".", back, at), low.rfind("\n\n", back, at), back)
            if phone is not None and tail.startswith(phone) \
                    and not any(word in low[start:found.end()] for word in _OTHERS):
                return phone
        at = low.find("telephone", at + 9)
    return None
