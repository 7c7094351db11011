"""Render clean text as HTML with stand-off spans highlighted."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css: str
    title: str = ""
    data: Optional[str] = None


def render(text: str, spans: Iterable[Span], markers: Iterable[tuple[int, str]] = ()) -> Markup:
    """Non-overlapping spans win by order (earlier start, then longer); ``markers``
    are zero-width notes (e.g. where furniture was removed)."""
    chosen: list[Span] = []
    last = -1
    for sp in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if sp.start >= last and 0 <= sp.start < sp.end <= len(text):
            chosen.append(sp)
            last = sp.end
    marks = sorted(markers)
    out: list[str] = []
    pos = 0
    mi = 0

    def emit_plain(upto: int) -> None:
        nonlocal pos, mi
        while mi < len(marks) and marks[mi][0] <= upto:
            at, note = marks[mi]
            if at >= pos:
                out.append(str(escape(text[pos:at])))
                pos = at
            out.append(f'<span class="removed-mark" title="{escape(note)}">⌫</span>')
            mi += 1
        out.append(str(escape(text[pos:upto])))
        pos = upto

    for sp in chosen:
        emit_plain(sp.start)
        attrs = f' data-ref="{escape(sp.data)}"' if sp.data else ""
        out.append(f'<span class="{escape(sp.css)}" title="{escape(sp.title)}"{attrs}>')
        out.append(str(escape(text[sp.start:sp.end])))
        out.append("</span>")
        pos = sp.end
    emit_plain(len(text))
    html = "".join(out).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return Markup(f"<p>{html}</p>")
