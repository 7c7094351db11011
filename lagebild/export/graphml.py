"""The situation picture as a graph, in GraphML (Gephi, yEd, Cytoscape, networkx).

Nodes:
* ``entity`` – a linked person, organisation, place (id = the entity id);
* ``source`` – a speaker, relay or origin named in claims that is no linked
  entity ("Beamte", "eine Fußballerweisheit"), or an outlet (id ``src:…``);
* ``article`` – a stored article (id ``art:…``);
* ``claim_group`` – claims of one origin saying the same thing (id ``grp:…``),
  with the counts of ``claim_groups``.

Edges (directed, each with ``relation`` and ``weight``):
* article → entity ``mentions`` (weight: mentions in the article);
* origin → claim group ``claims`` (weight: claims; ``modalities``);
* chain member → next chain member ``relays`` (outlet → relay → origin; weight:
  claims relayed that way);
* claim group → article ``reported_in``;
* speaker entity → article ``quoted_in`` (weight: quotations).

Only data already in the store is written; the graph is one view of ``lagebild/1``.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from ..store import Store
from .records import speaker_entities

NODE_KEYS = (("kind", "string"), ("label", "string"), ("type", "string"), ("mention_count", "int"),
             ("outlet", "string"), ("published", "string"), ("text", "string"), ("claims", "int"),
             ("origins", "int"), ("relays", "int"), ("outlets", "int"), ("articles", "int"), ("modalities", "string"))
EDGE_KEYS = (("relation", "string"), ("weight", "int"), ("modalities", "string"))


def write_graphml(store: Store, fh: IO[str]) -> None:
    nodes: dict[str, dict] = {}
    edges: Counter = Counter()
    edge_modalities: dict[tuple, set] = defaultdict(set)
    names = {}
    for e in store.entity_list(limit=10**9):
        names[e["id"]] = e["name"]
        nodes[e["id"]] = {"kind": "entity", "label": e["name"], "type": e["type"], "mention_count": e["mention_count"]}
    for a in store.iter_articles():
        nodes[f"art:{a['id']}"] = {"kind": "article", "label": a["title"] or a["id"], "outlet": a["outlet"] or "",
                                   "published": a["published"] or ""}
    for l in store.conn.execute("SELECT article, entity, COUNT(*) AS n FROM entity_links GROUP BY article, entity"):
        if l["entity"] in nodes:
            edges[(f"art:{l['article']}", l["entity"], "mentions")] += l["n"]
    for g in store.conn.execute("SELECT * FROM claim_groups"):
        nodes[f"grp:{g['id']}"] = {"kind": "claim_group", "label": g["text"][:80], "text": g["text"],
                                   "claims": g["claims"], "origins": g["origins"], "relays": g["relays"],
                                   "outlets": g["outlets"], "articles": g["articles"],
                                   "modalities": ",".join(json.loads(g["modalities"]))}

    def source_node(name: str) -> str:
        nid = f"src:{name.casefold()}"
        nodes.setdefault(nid, {"kind": "source", "label": name})
        return nid

    for c in store.conn.execute("SELECT article, chain, origin, origin_entity, modality, grp FROM claims"):
        chain = json.loads(c["chain"] or "[]")
        ids = [source_node(n) for n in chain]
        if ids and c["origin"] and c["origin_entity"] in nodes:
            ids[-1] = c["origin_entity"]  # the origin as its linked entity
        for a, b in zip(ids, ids[1:]):
            if a != b:
                edges[(a, b, "relays")] += 1
        if c["grp"] and f"grp:{c['grp']}" in nodes:
            g = f"grp:{c['grp']}"
            if ids and c["origin"]:
                edges[(ids[-1], g, "claims")] += 1
                edge_modalities[(ids[-1], g, "claims")].add(c["modality"])
            edges[(g, f"art:{c['article']}", "reported_in")] += 1
    for (article, _seq), ent in speaker_entities(store).items():
        if ent in nodes:
            edges[(ent, f"art:{article}", "quoted_in")] += 1
    _write(fh, nodes, edges, edge_modalities)


def _write(fh: IO[str], nodes: dict[str, dict], edges: Counter, edge_modalities: dict) -> None:
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
             'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for name, typ in NODE_KEYS:
        fh.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{typ}"/>\n')
    for name, typ in EDGE_KEYS:
        fh.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{typ}"/>\n')
    fh.write('  <graph id="lagebild" edgedefault="directed">\n')
    for nid, attrs in nodes.items():
        fh.write(f"    <node id={quoteattr(nid)}>")
        for name, _typ in NODE_KEYS:
            v = attrs.get(name)
            if v is not None and v != "":
                fh.write(f'<data key="n_{name}">{escape(str(v))}</data>')
        fh.write("</node>\n")
    for i, ((a, b, rel), n) in enumerate(sorted(edges.items())):
        fh.write(f'    <edge id="e{i}" source={quoteattr(a)} target={quoteattr(b)}>'
                 f'<data key="e_relation">{rel}</data><data key="e_weight">{n}</data>')
        mods = edge_modalities.get((a, b, rel))
        if mods:
            fh.write(f'<data key="e_modalities">{escape(",".join(sorted(mods)))}</data>')
        fh.write("</edge>\n")
    fh.write("  </graph>\n</graphml>\n")
