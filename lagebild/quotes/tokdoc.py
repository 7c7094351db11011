"""A token-level view of one text, and the attribution record the rules emit.

The rules work on token indices: a :class:`TokDoc` holds the words, the
sentence ranges, POS tags and lemmas, and (when NER ran) the mentions as token
spans. It is built either from a :class:`~lagebild.model.Document` (character
offsets) or from pre-tokenised sentences (SpkAtt-2023 gold tokenisation).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional, Sequence

from . import tagging


@dataclass(frozen=True)
class Attribution:
    """One quotation, in token indices (all tuples sorted, possibly discontinuous).

    ``kind`` is Lagebild's label (direct | indirect | reported); ``form`` is the
    SpkAtt-2023 form (Direct | Indirect | FreeIndirect | IndirectFreeIndirect |
    Reported). ``speaker`` is the normalised speaker string (pronouns resolved
    where possible) and ``speaker_span`` the token span ``(start, end)`` it was
    taken from, which may lie in an earlier sentence.
    """

    kind: str
    form: str
    message: tuple[int, ...]
    cue: tuple[int, ...] = ()
    source: tuple[int, ...] = ()
    addr: tuple[int, ...] = ()
    speaker: Optional[str] = None
    speaker_span: Optional[tuple[int, int]] = None
    stwr: str = "Speech"
    nested: bool = False
    rule: str = ""
    cue_lemma: Optional[str] = None
    origin_span: Optional[tuple[int, int]] = None   # "zitierten Medien Peskow", "unter Berufung auf X"


@dataclass
class TokDoc:
    words: list[str]
    sents: list[tuple[int, int]]                # [start, end) token ranges
    starts: Optional[list[int]] = None          # char offsets (None for SpkAtt input)
    ends: Optional[list[int]] = None
    text: Optional[str] = None
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # token spans [s, e)
    tags: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.tags:
            self.tags = [""] * len(self.words)
            self.lemmas = [w.lower() for w in self.words]
            for s, e in self.sents:
                for k, (lemma, t) in enumerate(tagging.tag(self.words[s:e])):
                    self.lemmas[s + k] = lemma
                    self.tags[s + k] = "$(" if t == "$" else t  # brackets and dashes: STTS "$("
        if not self.sent_of:
            self.sent_of = [0] * len(self.words)
            for n, (s, e) in enumerate(self.sents):
                for i in range(s, e):
                    self.sent_of[i] = n
        self.low = [w.lower() for w in self.words]
        self._mention_at = {}
        for s, e, label in self.mentions:
            for i in range(s, e):
                self._mention_at[i] = (s, e, label)

    # --- construction -------------------------------------------------------
    @classmethod
    def from_sentences(cls, sentences: Sequence[Sequence[str]]) -> "TokDoc":
        words: list[str] = []
        sents: list[tuple[int, int]] = []
        for toks in sentences:
            s = len(words)
            words.extend(toks)
            sents.append((s, len(words)))
        return cls(words=words, sents=sents)

    @classmethod
    def from_spans(
        cls, text: str, sentences: Sequence[tuple[int, int]], tokens: Sequence[tuple[int, int]],
        mentions: Sequence[tuple[int, int, str]] = (),
    ) -> "TokDoc":
        """Build from character spans; sentences without tokens are dropped."""
        starts = [s for s, _ in tokens]
        ends = [e for _, e in tokens]
        words = [text[s:e] for s, e in tokens]
        sents: list[tuple[int, int]] = []
        covered = 0
        for ss, se in sentences:
            a = max(bisect.bisect_left(starts, ss), covered)
            b = bisect.bisect_left(starts, se)
            if b > a:
                sents.append((a, b))
                covered = b
        if covered < len(words):  # tokens outside any sentence: one trailing sentence
            sents.append((covered, len(words)))
        ments = []
        for ms, me, label in mentions:
            a = bisect.bisect_left(ends, ms + 1)
            b = bisect.bisect_left(starts, me)
            if b > a:
                ments.append((a, b, label))
        return cls(words=words, sents=sents, starts=starts, ends=ends, text=text, mentions=ments)

    # --- helpers -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.words)

    def sent_range(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]]

    def mention_at(self, i: int) -> Optional[tuple[int, int, str]]:
        return self._mention_at.get(i)

    def span_text(self, a: int, b: int) -> str:
        """Surface text of tokens [a, b)."""
        if a >= b:
            return ""
        if self.text is not None and self.starts is not None:
            return self.text[self.starts[a]:self.ends[b - 1]]
        return detokenize(self.words[a:b])

    def is_quote(self, i: int) -> bool:
        return self.words[i] in tagging.QUOTE_TOKENS

    def line_break_before(self, i: int) -> bool:
        """Is there a line break between token ``i - 1`` and token ``i``? Known only for
        running text (a paragraph starts there), never for SpkAtt tokens."""
        if i == 0 or self.starts is None or self.text is None:
            return False
        return "\n" in self.text[self.ends[i - 1]:self.starts[i]]

    def space_before(self, i: int) -> Optional[bool]:
        if self.starts is None or self.text is None:
            return None
        return i == 0 or self.starts[i] > self.ends[i - 1]

    def space_after(self, i: int) -> Optional[bool]:
        if self.starts is None or self.text is None:
            return None
        return i == len(self.words) - 1 or self.starts[i + 1] > self.ends[i]


_NO_SPACE_BEFORE = set(".,;:!?)]}“”«’‘")
_NO_SPACE_AFTER = set("([{„»‚")


def detokenize(words: Sequence[str]) -> str:
    out = []
    for k, w in enumerate(words):
        if k and not (w in _NO_SPACE_BEFORE or words[k - 1] in _NO_SPACE_AFTER):
            out.append(" ")
        out.append(w)
    return "".join(out)
