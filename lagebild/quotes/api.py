"""Public functions of the quotation rules, on text + spans or on a Document."""
from __future__ import annotations

from typing import Optional, Sequence

from ..model import Document, Quote
from .direct import RELAY_RULE
from .extract import RELAYED, extract
from .tokdoc import Attribution, TokDoc

STAGE = "quotes.rules.v1"

Span = tuple[int, int]


def tokdoc(text: str, sentences: Optional[Sequence[Span]] = None, tokens: Optional[Sequence[Span]] = None,
           mentions: Sequence[tuple[int, int, str]] = ()) -> TokDoc:
    """The token view of ``text``. Without sentence/token spans, Lagebild's own
    segmenter (``lagebild.segment``) provides them."""
    if tokens is None or sentences is None:
        from ..segment import split_sentences, tokenize
        tokens = tokenize(text) if tokens is None else tokens
        sentences = split_sentences(text, list(tokens)) if sentences is None else sentences
    return TokDoc.from_spans(text, list(sentences), list(tokens), list(mentions))


def document_tokdoc(doc: Document) -> TokDoc:
    return tokdoc(
        doc.text or "",
        [(s.start, s.end) for s in doc.sentences],
        [(t.start, t.end) for t in doc.tokens],
        [(m.start, m.end, m.label) for m in doc.mentions],
    )


_last: dict = {}


def document_attributions(doc: Document) -> tuple[TokDoc, list[Attribution]]:
    """Token-level attributions of a Document, computed once per document per process.

    ``quotes.rules.v1`` and ``claims.rules.v1`` run one after the other on the same
    document; the second reuses the first's result instead of tagging and matching
    again. Only the most recent document is kept, keyed on everything the rules read.
    """
    key = (doc.id, doc.text, doc.sentences, doc.tokens, doc.mentions)
    if _last.get("key") != key:
        td = document_tokdoc(doc)
        _last.clear()
        _last.update(key=key, value=(td, extract(td)))
    return _last["value"]


def attributions(text: str, sentences: Optional[Sequence[Span]] = None, tokens: Optional[Sequence[Span]] = None,
                 mentions: Sequence[tuple[int, int, str]] = ()) -> tuple[TokDoc, list[Attribution]]:
    """All attributions found in ``text`` (token-level records, nested ones included)."""
    td = tokdoc(text, sentences, tokens, mentions)
    return td, extract(td)


def find_quotes(text: str, sentences: Optional[Sequence[Span]] = None, tokens: Optional[Sequence[Span]] = None,
                mentions: Sequence[tuple[int, int, str]] = (), stage: str = STAGE) -> list[Quote]:
    """Quotations of ``text`` as :class:`~lagebild.model.Quote` records.

    ``sentences`` and ``tokens`` are character spans (as the segment stage makes
    them); ``mentions`` are ``(start, end, label)`` NER spans, used when given.
    """
    td, attrs = attributions(text, sentences, tokens, mentions)
    return to_quotes(td, attrs, stage)


def to_quotes(td: TokDoc, attrs: Sequence[Attribution], stage: str = STAGE) -> list[Quote]:
    out = []
    for a in attrs:
        if a.rule == RELAY_RULE:
            continue  # "…, sagte Raab laut Spiegel Online": Raab's quote is the record, the outlet its relay
        if not a.message or a.nested and (a.kind == "direct" and not a.rule.endswith(RELAYED) or not a.source):
            continue  # a quoted phrase inside reported speech: the outer record covers it
        # a nested frame of its own speaker ("X sagte, … . Die Behörde gehe davon aus, dass …")
        # stays: the outer record relays it
        q = to_quote(td, a, stage)
        if q is not None:
            out.append(q)
    return out


def _char_span(td: TokDoc, toks: Sequence[int]) -> Optional[Span]:
    if not toks or td.starts is None:
        return None
    return td.starts[min(toks)], td.ends[max(toks)]


def message_text(td: TokDoc, toks: Sequence[int]) -> str:
    """Surface text of a (possibly discontinuous) message; gaps become " … "."""
    toks = sorted(toks)
    parts, run = [], [toks[0]]
    for t in toks[1:]:
        if t == run[-1] + 1:
            run.append(t)
        else:
            parts.append(td.span_text(run[0], run[-1] + 1))
            run = [t]
    parts.append(td.span_text(run[0], run[-1] + 1))
    return " … ".join(p.strip() for p in parts if p.strip())


def strip_marks(td: TokDoc, toks: tuple[int, ...]) -> tuple[int, ...]:
    """The message without its outer quotation marks and commas; a quote mark
    that closes a quoted phrase inside the message stays ("sei „nicht gut“")."""
    toks = list(toks)
    while len(toks) > 1 and (td.is_quote(toks[0]) or td.tags[toks[0]] in ("$,",)):
        toks.pop(0)
    while len(toks) > 1 and (td.tags[toks[-1]] in ("$,",)
                             or td.is_quote(toks[-1]) and sum(td.is_quote(t) for t in toks) % 2 == 1):
        toks.pop()
    return tuple(toks)


def to_quote(td: TokDoc, a: Attribution, stage: str = STAGE) -> Optional[Quote]:
    msg = strip_marks(td, a.message)
    span = _char_span(td, msg)
    if span is None:
        return None
    cue = _char_span(td, a.cue)
    spk = _char_span(td, range(*a.speaker_span)) if a.speaker_span else None
    if a.origin_span:  # "zitierten russische Medien Peskow": Peskow said it
        spk = _char_span(td, range(*a.origin_span))
        speaker = _normalise(td, a.origin_span)
    else:
        speaker = a.speaker
    addr = _char_span(td, a.addr)
    return Quote(
        start=span[0], end=span[1], text=message_text(td, msg), kind=a.kind,
        cue=" ".join(td.words[i] for i in a.cue) or None,
        cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
        speaker_text=speaker, speaker_start=spk[0] if spk and speaker else None,
        speaker_end=spk[1] if spk and speaker else None, stage=stage,
        addressee_text=td.span_text(min(a.addr), max(a.addr) + 1) if a.addr else None,
        addressee_start=addr[0] if addr else None, addressee_end=addr[1] if addr else None,
    )


def _normalise(td: TokDoc, span: Span) -> str:
    from .speakers import normalise
    return normalise(td, *span)
