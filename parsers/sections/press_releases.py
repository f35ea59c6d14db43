"""Which texts are searched for press releases, and in what order.

An 8-K states a release in its body ("the Registrant issued the following press release:") or
attaches it as an EX-99 exhibit. Only those texts go through the press-release extractor:
agreements, consents and financial statements (the bulk of exhibit bytes) are never read.
"""

from __future__ import annotations

from ..pipeline import Context
from .press_release import parse_press_release

PRESS_EXHIBIT_PREFIX = "EX-99"


def apply(ctx: Context) -> None:
    releases = []
    form = ctx.form_type or ""
    announces = form.startswith(("8-K", "6-K", PRESS_EXHIBIT_PREFIX))
    if ctx.primary is not None and ctx.primary.readable and announces:
        texts = [item.text for item in ctx.items if item.text]
        label = form or "8-K"
        for text in texts:
            release = parse_press_release(text, label)
            if release is not None:
                releases.append(release)
        if not releases:
            # a release pasted after the signatures, outside every item
            tail = ctx.primary.text[ctx.items[-1].end :] if ctx.items else ctx.primary.text
            release = parse_press_release(tail, label)
            if release is not None:
                releases.append(release)
    assert ctx.envelope is not None
    for doc in ctx.envelope.documents:
        if doc is ctx.primary or not doc.readable:
            continue
        if (doc.type or "").upper().startswith(PRESS_EXHIBIT_PREFIX):
            release = parse_press_release(doc.text, doc.type or PRESS_EXHIBIT_PREFIX)
            if release is not None:
                releases.append(release)
    ctx.record["press_releases"] = releases
