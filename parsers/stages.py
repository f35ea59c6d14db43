"""The default processors, registered in pipeline order (highest priority first).

envelope -> form -> cover -> items -> explanatory_note -> exhibits -> press_releases -> signatures
-> crosscheck -> finish. Each is small and reads/writes the Context only.
"""

from __future__ import annotations

from .envelope import read_envelope
from .forms import header_fields, primary_document
from .pipeline import Context, Registry
from .sections import cover, exhibits, explanatory_note, press_releases, signatures
from .sections.crosscheck import crosscheck
from .sections.items import find_items
from .text.ixbrl import dei_facts

REGISTRY = Registry()


def envelope_stage(ctx: Context) -> None:
    env = read_envelope(ctx.text)
    ctx.text = ""  # the documents hold what is needed; a 200 MB input is not kept twice
    ctx.envelope = env
    ctx.primary = primary_document(env)
    rec = ctx.record
    rec["shape"] = env.shape
    rec["header"] = env.header
    rec["documents"] = [d.describe() for d in env.documents]
    for doc in env.documents:
        if doc.cut_short:  # a file cut off mid-document: what is read of it may be partial
            name = doc.type or "document"
            ctx.warn("truncated_input", f"{name} (sequence {doc.sequence}) runs to the end of "
                     "the input with no </TEXT> or </DOCUMENT>: the file may be cut short")


def form_stage(ctx: Context) -> None:
    assert ctx.envelope is not None
    fields = header_fields(ctx.envelope, ctx.primary)
    ctx.form_type = fields["form_type"]
    ctx.record.update(fields)


def cover_stage(ctx: Context) -> None:
    if ctx.primary is None or not ctx.primary.readable:
        cover.apply_header_only(ctx)
        return
    if ctx.primary.format == "html":
        ctx.facts = dei_facts(ctx.primary.body)
    cover.apply(ctx)


def items_stage(ctx: Context) -> None:
    if ctx.primary is None or not ctx.primary.readable:
        return
    spans = find_items(ctx.primary.text, ctx.form_type)
    ctx.items = spans
    ctx.record["items"] = [s.as_dict() for s in spans]


def finish_stage(ctx: Context) -> None:
    rec = ctx.record
    if not ctx.options.keep_text:
        for item in rec["items"]:
            item["text"] = None
        for pr in rec["press_releases"]:
            pr["body"] = None
    rec["warnings"] = [w.as_dict() for w in ctx.warnings]


for _fn, _name, _prio in (
    (envelope_stage, "envelope", 100),
    (form_stage, "form", 90),
    (cover_stage, "cover", 80),
    (items_stage, "items", 70),
    (explanatory_note.apply, "explanatory_note", 65),
    (exhibits.apply, "exhibits", 60),
    (press_releases.apply, "press_releases", 50),
    (signatures.apply, "signatures", 40),
    (crosscheck, "crosscheck", 20),
    (finish_stage, "finish", 0),
):
    REGISTRY.register(_fn, _name, _prio)
