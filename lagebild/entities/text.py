"""String normalisation for names: folding, tokens, transliteration keys, stems.

Every comparison of names goes through one of these keys:

* :func:`fold` - lower case, no diacritics, ß -> ss, one kind of dash/apostrophe;
* :func:`translit` - a phonetic key per token that maps German, English and
  French transliterations of Russian, Ukrainian, Korean and Chinese names onto
  one spelling (j/y -> i, w -> v, tsch -> ch, sch -> sh, ow/ov, -ij/-i/-y, ...);
* :func:`stem` - strips German inflection from a token ("Vereinten" ->
  "vereint", "Ministeriums" -> "ministerium") for organisation/place keys.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"} | {"’": "'", "‘": "'", "`": "'", "´": "'"})
_WORD = re.compile(r"\w+(?:['-]\w+)*")
_SPLIT = re.compile(r"[\s\-/]+")


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower case without diacritics; ß -> ss; dashes and apostrophes unified."""
    s = s.translate(_DASHES).replace("ß", "ss").replace("ẞ", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def name_tokens(s: str) -> list[str]:
    """Folded tokens of a name, split on spaces and hyphens ("Kim Jong-un" -> kim, jong, un)."""
    return list(_name_tokens(s))


@lru_cache(maxsize=200_000)
def _name_tokens(s: str) -> tuple[str, ...]:
    out = []
    for t in _SPLIT.split(fold(s)):
        t = t.strip(".,;:!?\"'()[]«»„“”")
        if t:
            out.append(t)
    return tuple(out)


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with offsets (hyphenated compounds stay one token)."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


_TRANSLIT = [
    (re.compile(r"schtsch|shch"), "sc"),
    (re.compile(r"tsch|tch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"zh"), "sh"),
    (re.compile(r"kh"), "ch"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[^s])th|^th"), "t"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"tz|ts"), "z"),
    (re.compile(r"z"), "s"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"ue"), "u"),
    (re.compile(r"oe"), "o"),
    (re.compile(r"ae"), "a"),
    (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=200_000)
def translit(token: str) -> str:
    """Phonetic key of one token: Sergej/Sergei/Sergey -> sergei, Peskow/Peskov -> peskov."""
    t = fold(token)
    for rx, rep in _TRANSLIT:
        t = rx.sub(rep, t)
    return t


@lru_cache(maxsize=200_000)
def translit_key(s: str) -> str:
    return " ".join(translit(t) for t in name_tokens(s))


_STEM_SUFFIXES = ("ern", "em", "en", "er", "es", "e", "s")


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Strip one German inflection suffix from a folded token (keeps at least 4 letters)."""
    t = fold(token)
    for suf in _STEM_SUFFIXES:
        if t.endswith(suf) and len(t) - len(suf) >= 4:
            return t[: -len(suf)]
    return t


@lru_cache(maxsize=200_000)
def stem_key(s: str) -> str:
    """Key for organisation and place names: folded, stemmed and transliterated tokens.

    A one-word name only loses a genitive -s ("Moskaus", "Kremls"): other endings
    make another word ("Berliner", "Ukrainer", "Hollande"). Acronyms are kept as
    they are ("FAZ" is not "FAS").
    """
    toks = name_tokens(s)
    if len(toks) == 1:
        t = toks[0]
        if is_acronym(s.strip()):
            return t
        if t.endswith("s") and len(t) > 4 and (not t.endswith(("ss", "us", "is", "os", "xs", "zs"))
                                                or t.endswith("aus")):
            t = t[:-1]
        return translit(t)
    return " ".join(translit(stem(t)) for t in toks)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def deletions(s: str) -> set[str]:
    """``s`` and every string one deletion away (symmetric-delete blocking)."""
    return {s} | {s[:i] + s[i + 1:] for i in range(len(s))}


@lru_cache(maxsize=200_000)
def is_acronym(s: str) -> bool:
    """KCNA, UNO, USA, IAEO, G7: short, mostly upper case, one token."""
    s = s.strip()
    if not 2 <= len(s) <= 8 or " " in s:
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= max(2, len(letters) - 1)


_FUNCTION_WORDS = frozenset(
    "der die das des dem den für fur und in im von vom zu zur zum auf an am bei mit of the for and de la du et "
    "le les del y e".split()
)


def initials(name: str) -> set[str]:
    """Candidate acronyms of a long form: initials of its content words.

    "Organisation für Sicherheit und Zusammenarbeit in Europa" -> {"osze", "ofsuzie"};
    capitalised parts of hyphenated words count as words.
    """
    toks = [t for t in re.split(r"[\s\-/]+", name.strip()) if t]
    if len(toks) < 2:
        return set()
    content = [t for t in toks if fold(t) not in _FUNCTION_WORDS]
    out = set()
    if len(content) >= 2:
        out.add("".join(fold(t)[0] for t in content))
    out.add("".join(fold(t)[0] for t in toks))
    return out


def acronym_matches(acronym: str, long_form: str) -> bool:
    """Schwartz-Hearst style: the acronym's letters appear in order in the long form,
    the first letter starts the first word, and every word start used is in order.

    Used only for acronyms defined in the same article, e.g. "Koreanische Zentrale
    Nachrichtenagentur (KCNA)" does *not* match (English acronym), but
    "Bundesnachrichtendienst (BND)" does.
    """
    a = [c for c in fold(acronym) if c.isalnum()]
    lf = fold(long_form)
    if not a or not lf or lf[0] != a[0]:
        return False
    i = len(lf) - 1
    for c in reversed(a):
        while i >= 0 and lf[i] != c:
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


def acronym_cover(acronym: str, long_form: str) -> bool:
    """Every content word of the long form gives the acronym its initial, in order, and
    may add further letters from inside the word ("KVA" = Koreanische Volks-Armee,
    "OSZE" = Organisation für Sicherheit und Zusammenarbeit in Europa)."""
    a = "".join(c for c in fold(acronym) if c.isalnum())
    ws = [fold(w) for w in re.split(r"[\s\-/]+", long_form.strip()) if w]
    ws = [w for w in ws if w not in _FUNCTION_WORDS] or ws
    if len(ws) < 2 or not a or len(a) < len(ws):
        return False

    def rec(i: int, j: int) -> bool:  # i: position in a, j: word index
        if j == len(ws):
            return i == len(a)
        w = ws[j]
        if i >= len(a) or a[i] != w[0]:
            return False
        # take 1..k letters from word j (first letter plus a subsequence of the rest)
        k, pos = i + 1, 1
        if rec(k, j + 1):
            return True
        while k < len(a):
            pos = w.find(a[k], pos)
            if pos < 0:
                return False
            pos += 1
            k += 1
            if rec(k, j + 1):
                return True
        return False

    return rec(0, 0)


def subsequences_with_first(s: str, min_len: int = 2) -> set[str]:
    """All subsequences of ``s`` that keep its first character (for acronym lookup)."""
    if not s:
        return set()
    out = {s[0]}
    for c in s[1:]:
        out |= {x + c for x in out}
    return {x for x in out if len(x) >= min_len}
