"""An ordered registry of processors, in the manner of Python-Markdown.

Each processor takes the Context, does one thing (find the items, read the cover, ...)
and hands it on. A new form or field plugs in with `registry.register(fn, name, priority)`;
higher priority runs first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .model import Document, Envelope, Warning_

Processor = Callable[["Context"], None]


@dataclass
class Options:
    keep_text: bool = True  # False: drop long bodies (--no-text)


@dataclass
class Context:
    """One filing in flight: what the stages have learnt so far."""

    source: dict[str, Any]
    text: str  # the decoded input
    options: Options
    envelope: Envelope | None = None
    primary: Document | None = None  # the document holding cover, items and signatures
    form_type: str | None = None
    facts: dict[str, list[str]] = field(default_factory=dict)  # iXBRL dei: facts
    items: list[Any] = field(default_factory=list)  # ItemSpan of the primary document
    record: dict[str, Any] = field(default_factory=dict)
    warnings: list[Warning_] = field(default_factory=list)

    def warn(self, code: str, message: str) -> None:
        self.warnings.append(Warning_(code, message))


class Registry:
    def __init__(self) -> None:
        self._items: dict[str, tuple[float, Processor]] = {}
        self._order: list[tuple[str, Processor]] | None = None  # sorted once, not per filing

    def register(self, fn: Processor, name: str, priority: float) -> None:
        self._items[name] = (priority, fn)
        self._order = None

    def deregister(self, name: str) -> None:
        del self._items[name]
        self._order = None

    def priority(self, name: str) -> float:
        return self._items[name][0]

    def names(self) -> list[str]:
        return [name for name, _ in self._ordered()]

    def _ordered(self) -> list[tuple[str, Processor]]:
        if self._order is None:
            ranked = sorted(self._items.items(), key=lambda kv: -kv[1][0])
            self._order = [(name, fn) for name, (_, fn) in ranked]
        return self._order

    def __iter__(self) -> Iterator[tuple[str, Processor]]:
        return iter(self._ordered())

    def run(self, ctx: Context) -> Context:
        for _name, fn in self:
            fn(ctx)
        return ctx
