"""Render clean text as HTML with stand-off spans highlighted.

Spans may nest or cross (a mention inside a quote inside a sentence): the text is
cut at every span boundary and each piece is wrapped in the tags of all spans
active there, so the HTML is always well formed.
"""
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
    layer: int = 0          # outer layers first (sentence 0, quote 1, mention 2, timex 3)


def render(text: str, spans: Iterable[Span], markers: Iterable[tuple[int, str]] = (),
           anchors: Iterable[int] = ()) -> Markup:
    """``anchors``: offsets that get an ``<a id="c<offset>">`` target, so a list of quotes
    or claims can link to the place in the text it came from."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    marks = sorted(markers)
    targets = {a for a in anchors if 0 <= a < len(text)}
    cuts = {0, len(text)} | {s.start for s in spans} | {s.end for s in spans} | {m[0] for m in marks} | targets
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    out: list[str] = []
    mi = 0
    for a, b in zip(cuts, cuts[1:] + [None]):
        if a in targets:
            out.append(f'<a class="anchor" id="c{a}"></a>')
        while mi < len(marks) and marks[mi][0] == a:
            out.append(f'<span class="removed-mark" title="{escape(marks[mi][1])}">⌫</span>')
            mi += 1
        if b is None:
            break
        piece = str(escape(text[a:b]))
        active = sorted((s for s in spans if s.start <= a and b <= s.end), key=lambda s: (s.layer, s.start))
        for s in reversed(active):
            attrs = f' data-ref="{escape(s.data)}"' if s.data else ""
            piece = f'<span class="{escape(s.css)}" title="{escape(s.title)}"{attrs}>{piece}</span>'
        out.append(piece)
    html = "".join(out).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return Markup(f"<p>{html}</p>")
