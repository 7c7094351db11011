import pytest

from lagebild.ner import TAGS
from lagebild.ner.conll import tag_conll

INPUT = """# eine Kommentarzeile
Olaf\tNE\tx
Scholz\tNE\tx
reist\tVVFIN\tx
nach\tAPPR\tx
Paris\tNE\tx
.\t$.\tx

# zweiter Satz, Leerzeichen als Trenner
Die ART
Regierung NN
tagte VVFIN
. $.
"""


@pytest.mark.parametrize("mode", ["fast", "accurate"])
def test_conll_round_trip(mode):
    lines = INPUT.splitlines(keepends=True)
    out = list(tag_conll(lines, mode=mode))
    assert len(out) == len(lines)
    for a, b in zip(lines, out):
        if a.startswith("#") or not a.strip():
            assert a == b
            continue
        assert b.endswith("\n") == a.endswith("\n")
        assert b.rstrip("\n").startswith(a.rstrip("\n"))
        sep = "\t" if "\t" in a else " "
        tag = b.rstrip("\n").split(sep)[-1]
        assert tag in TAGS
        assert len(b.rstrip("\n").split(sep)) == len(a.rstrip("\n").split(sep)) + 1
    tags = [line.rstrip("\n").split()[-1] for line in out if line.strip() and not line.startswith("#")]
    assert tags[0] == "B-PER" and tags[1] == "I-PER" and tags[4] == "B-LOC"
    assert tags[6:] == ["O", "O", "O", "O"]


def test_conll_without_trailing_blank_line_and_many_sentences():
    lines = []
    for i in range(300):  # more than one block of sentences
        lines += [f"Berlin {i}\n", "ist\n", "groß\n", "\n"]
    lines += ["Ende"]
    out = list(tag_conll(lines, mode="fast"))
    assert len(out) == len(lines)
    assert out[-1].startswith("Ende ") and "\n" not in out[-1]
