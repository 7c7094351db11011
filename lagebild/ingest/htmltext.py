"""HTML pages to text + metadata (trafilatura), and HTML fragments to plain text."""
from __future__ import annotations

import re
from typing import Optional

from ..errors import E_HTML, InputError
from ..model import RawArticle

_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def fragment_to_text(fragment: str) -> str:
    """Turn a small HTML fragment (a feed entry's content) into paragraphs of text."""
    import html as htmlmod

    if "<" not in fragment:
        return htmlmod.unescape(fragment)
    text = _BLOCK.sub("\n", fragment)
    text = _TAG.sub("", text)
    text = htmlmod.unescape(text)
    lines = [ln.strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


def read_html(html: str, source: str, url: Optional[str] = None, fmt: str = "html") -> RawArticle:
    import trafilatura

    if not html.strip():
        raise InputError(E_HTML, "empty HTML document")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # trafilatura/lxml raise on pathological markup
        raise InputError(E_HTML, f"malformed HTML: {type(e).__name__}: {e}") from None
    if doc is None:
        raise InputError(E_HTML, "no main text found in HTML (malformed or not an article page)")
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    if not text.strip():
        raise InputError(E_HTML, "no main text found in HTML")
    return RawArticle(
        source=source, format=fmt, raw_text=text, title=d.get("title") or None,
        url=d.get("url") or url, outlet=d.get("sitename") or d.get("hostname") or None,
        author=d.get("author") or None, published=d.get("date") or None,
    )
