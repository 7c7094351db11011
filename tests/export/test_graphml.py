"""GraphML export: entities, articles, sources and claim groups as one graph."""
import json
import xml.etree.ElementTree as ET

import pytest

from lagebild.build import build
from lagebild.export import export
from lagebild.pipeline import default_specs
from lagebild.store import Store

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
ARTICLES = [
    ("Kurier am Morgen", "Der russische Außenminister Sergej Lawrow hat am Donnerstag erklärt, Russland halte sich an "
     "das Getreideabkommen."),
    ("Abendblatt Nord", "Russlands Außenminister Sergei Lawrow sagte am Donnerstag, Russland halte sich an das "
     "Getreideabkommen."),
    ("Tagesbote", "Wie die Nachrichtenagentur TASS berichtete, sagte der russische Außenminister, Russland halte sich "
     "an das Getreideabkommen. Beamte vermuten, dass Moskau höhere Preise erzwingen will."),
]


@pytest.fixture
def graph(write, db, tmp_path):
    path = write("a.jsonl", "\n".join(json.dumps({"text": t, "outlet": o, "published": "2026-11-21",
                                                   "url": f"https://x.example/{i}"}, ensure_ascii=False)
                                       for i, (o, t) in enumerate(ARTICLES)))
    build([path], db, specs=default_specs(ner="fast"))
    out = str(tmp_path / "g.graphml")
    with Store(db, readonly=True) as st:
        export(st, "graphml", out)
    root = ET.parse(out).getroot()
    nodes = {n.get("id"): {d.get("key")[2:]: d.text for d in n.findall("g:data", NS)}
             for n in root.iter("{%s}node" % NS["g"])}
    edges = [(e.get("source"), e.get("target"), {d.get("key")[2:]: d.text for d in e.findall("g:data", NS)})
             for e in root.iter("{%s}edge" % NS["g"])]
    return nodes, edges


def test_graph_is_wellformed_with_all_kinds(graph):
    nodes, edges = graph
    assert {n["kind"] for n in nodes.values()} == {"entity", "source", "article", "claim_group"}
    assert all(a in nodes and b in nodes for a, b, _ in edges)
    assert sum(1 for n in nodes.values() if n["kind"] == "article") == 3


def test_one_origin_claims_one_group_relayed_by_an_agency(graph):
    nodes, edges = graph
    (gid,) = [k for k, n in nodes.items() if n["kind"] == "claim_group" and "Getreideabkommen" in n["text"]]
    g = nodes[gid]
    assert (g["claims"], g["origins"], g["articles"]) == ("3", "1", "3")
    claims = [(a, d) for a, b, d in edges if b == gid and d["relation"] == "claims"]
    assert len(claims) == 1
    origin, data = claims[0]
    assert nodes[origin]["kind"] == "entity" and "Lawrow" in nodes[origin]["label"] and data["weight"] == "3"
    relays = {(nodes[a]["label"], nodes[b]["label"]) for a, b, d in edges if d["relation"] == "relays"}
    assert ("Tagesbote", "Nachrichtenagentur TASS") in relays
    assert any(a == "Nachrichtenagentur TASS" and "Lawrow" in b for a, b in relays)
    assert sum(1 for a, b, d in edges if a == gid and d["relation"] == "reported_in") == 3


def test_unlinked_origin_is_a_source_node(graph):
    nodes, edges = graph
    beamte = [k for k, n in nodes.items() if n["kind"] == "source" and n["label"] == "Beamte"]
    assert beamte and any(a == beamte[0] and d["relation"] == "claims" and d["modalities"] == "alleged"
                          for a, b, d in edges)
