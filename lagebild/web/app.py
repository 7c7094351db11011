"""FastAPI app: article list with search, article view, JSON API."""
import json
import os
from typing import Optional

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import LagebildError
from ..store import Store
from .highlight import Span, render

HERE = os.path.dirname(__file__)


def create_app(db_path: str):
    if not os.path.exists(db_path):
        raise LagebildError("E040", f"database {db_path!r} does not exist (run 'lagebild build' first)")
    app = FastAPI(title="Lagebild", description="Situation picture from German news, offline.")
    templates = Jinja2Templates(directory=os.path.join(HERE, "templates"))
    templates.env.filters["fromjson"] = lambda s: json.loads(s or "[]")

    def store() -> Store:
        return Store(db_path, readonly=True)

    def _article_payload(st: Store, aid: str) -> dict:
        a = st.article(aid)
        if a is None:
            raise HTTPException(404, f"no article {aid}")
        a.pop("raw_text", None)
        a["removed"] = st.annotations("removals", aid)
        a["sentences"] = [{"start": s["start"], "end": s["end"]} for s in st.annotations("sentences", aid)]
        for table in ("mentions", "timexes", "quotes", "claims"):
            a[table] = st.annotations(table, aid)
        a["links"] = st.entity_links(article=aid)
        a["duplicates"] = [dict(r) for r in st.conn.execute(
            "SELECT id, source, outlet, duplicate_kind, duplicate_similarity FROM articles WHERE duplicate_of = ?",
            (aid,))]
        return a

    # -- JSON API ----------------------------------------------------------
    @app.get("/api/articles")
    def api_articles(q: Optional[str] = None, limit: int = Query(100, le=1000), offset: int = 0,
                     language: Optional[str] = None):
        with store() as st:
            return st.search(q, limit=limit) if q else st.articles(limit=limit, offset=offset, language=language)

    @app.get("/api/articles/{aid}")
    def api_article(aid: str):
        with store() as st:
            return _article_payload(st, aid)

    @app.get("/api/search")
    def api_search(q: str, limit: int = Query(50, le=500)):
        with store() as st:
            return st.search(q, limit=limit)

    @app.get("/api/stats")
    def api_stats():
        with store() as st:
            return st.stats()

    @app.get("/api/entities")
    def api_entities(q: Optional[str] = None, type: Optional[str] = None, limit: int = Query(200, le=5000)):
        with store() as st:
            return st.entity_list(query=q, type=type, limit=limit)

    @app.get("/api/entities/{eid}")
    def api_entity(eid: str):
        with store() as st:
            return _entity_payload(st, eid)

    @app.get("/api/quotes")
    def api_quotes(speaker: Optional[str] = None, limit: int = Query(500, le=5000)):
        with store() as st:
            return _quote_rows(st, speaker)[:limit]

    def _quote_rows(st: Store, speaker: Optional[str]) -> list[dict]:
        from ..export.records import speaker_entities

        ents = speaker_entities(st)
        names = {e["id"]: e["name"] for e in st.entity_list(limit=10**9)}
        rows = []
        for q in st.conn.execute("SELECT q.*, a.title, a.outlet, a.published FROM quotes q "
                                 "JOIN articles a ON a.id = q.article ORDER BY a.published, a.rowid, q.seq"):
            q = dict(q)
            q["speaker"] = ents.get((q["article"], q["seq"]))
            q["speaker_name"] = names.get(q["speaker"]) or q["speaker_text"]
            if speaker and speaker not in (q["speaker"], q["speaker_text"]) and \
                    speaker.casefold() not in (q["speaker_name"] or "").casefold():
                continue
            rows.append(q)
        return rows

    @app.get("/api/claims")
    def api_claims(q: Optional[str] = None, modality: Optional[str] = None, group: Optional[str] = None,
                   origin: Optional[str] = None, limit: int = Query(500, le=5000)):
        with store() as st:
            return _claim_rows(st, q, modality, group, origin)[:limit]

    def _claim_rows(st: Store, q: Optional[str], modality: Optional[str], group: Optional[str],
                    origin: Optional[str]) -> list[dict]:
        """Claim groups, most widely reported first, each with its claims (outlet, date, chain)."""
        members: dict[str, list[dict]] = {}
        for c in st.conn.execute("SELECT c.*, a.title, a.outlet, a.published FROM claims c "
                                 "JOIN articles a ON a.id = c.article ORDER BY a.published, a.rowid, c.seq"):
            c = dict(c)
            c["chain"] = json.loads(c["chain"] or "[]")
            members.setdefault(c["grp"], []).append(c)
        names = {e["id"]: e["name"] for e in st.entity_list(limit=10**9)}
        rows = []
        for g in st.conn.execute("SELECT * FROM claim_groups ORDER BY articles DESC, claims DESC, id"):
            g = dict(g)
            g["modalities"] = json.loads(g["modalities"])
            g["origin_name"] = names.get(g["origin_entity"]) or g["origin"]
            g["members"] = members.get(g["id"], [])
            if group and g["id"] != group or modality and modality not in g["modalities"]:
                continue
            if origin and origin not in (g["origin_entity"], g["origin"]) \
                    and origin.casefold() not in (g["origin_name"] or "").casefold():
                continue
            if q and not any(q.casefold() in (m["text"] or "").casefold() for m in g["members"]):
                continue
            rows.append(g)
        return rows

    def _entity_payload(st: Store, eid: str) -> dict:
        e = st.entity(eid)
        if e is None:
            raise HTTPException(404, f"no entity {eid}")
        links = st.entity_links(entity=eid)
        arts = sorted({l["article"] for l in links})
        e["mentions"] = links
        e["article_list"] = [st.article(a) for a in arts]
        for a in e["article_list"]:
            a.pop("raw_text", None)
            a.pop("text", None)
        co = {}
        if arts:
            ph = ", ".join("?" * len(arts))
            co = {r[0]: r[1] for r in st.conn.execute(
                f"SELECT entity, COUNT(DISTINCT article) FROM entity_links WHERE article IN ({ph}) AND entity != ? "
                f"GROUP BY entity ORDER BY 2 DESC LIMIT 25", (*arts, eid))}
        e["cooccurring"] = [dict(st.entity(k) or {"id": k}, shared_articles=v) for k, v in co.items()]
        e["quotes"] = _quote_rows(st, eid)
        e["acts_as"] = [dict(r) for r in st.conn.execute("SELECT * FROM entity_acts_as WHERE entity = ?", (eid,))]
        return e

    # -- HTML --------------------------------------------------------------
    @app.get("/entities", response_class=HTMLResponse)
    def entities(request: Request, q: Optional[str] = None, type: Optional[str] = None):
        with store() as st:
            rows = st.entity_list(query=q, type=type)
        return templates.TemplateResponse(request, "entities.html", {"rows": rows, "eq": q or "", "type": type})

    @app.get("/entity/{eid}", response_class=HTMLResponse)
    def entity(request: Request, eid: str):
        with store() as st:
            e = _entity_payload(st, eid)
        return templates.TemplateResponse(request, "entity.html", {"e": e})

    @app.get("/quotes", response_class=HTMLResponse)
    def quotes(request: Request, speaker: Optional[str] = None):
        with store() as st:
            rows = _quote_rows(st, speaker)
        return templates.TemplateResponse(request, "quotes.html", {"rows": rows, "speaker": speaker or ""})

    @app.get("/claims", response_class=HTMLResponse)
    def claims(request: Request, q: Optional[str] = None, modality: Optional[str] = None,
               group: Optional[str] = None, origin: Optional[str] = None):
        with store() as st:
            rows = _claim_rows(st, q, modality, group, origin)
        return templates.TemplateResponse(request, "claims.html", {"rows": rows, "q": q or "", "modality": modality,
                                                                   "origin": origin or ""})

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, q: Optional[str] = None, language: Optional[str] = None):
        with store() as st:
            rows = st.search(q, limit=200) if q else st.articles(limit=500, language=language)
            stats = st.stats()
        return templates.TemplateResponse(request, "index.html", {"rows": rows, "q": q or "", "stats": stats})

    @app.get("/article/{aid}", response_class=HTMLResponse)
    def article(request: Request, aid: str):
        with store() as st:
            a = _article_payload(st, aid)
        spans = [Span(s["start"], s["end"], "sent", f"Satz {i + 1}", layer=0) for i, s in enumerate(a["sentences"])]
        for q in a["quotes"]:
            spans.append(Span(q["start"], q["end"], f"quote {q['kind']}",
                              f"{q['kind']} · Sprecher: {q['speaker_text'] or '?'} · Cue: {q['cue'] or '?'}", layer=1))
            if q["speaker_start"] is not None and q["speaker_end"] is not None:
                spans.append(Span(q["speaker_start"], q["speaker_end"], "speaker", "Sprecher", layer=1))
        linked = {(l["start"], l["end"]): l for l in a["links"]}
        for m in a["mentions"]:
            l = linked.get((m["start"], m["end"]))
            spans.append(Span(m["start"], m["end"], m["label"], f"{m['label']} ({m['score']:.2f}, {m['stage']})"
                              + (f" → {l['entity']}" if l else ""), data=l["entity"] if l else None, layer=2))
        for l in a["links"]:
            if l["kind"] == "role":
                spans.append(Span(l["start"], l["end"], "role", f"Rolle → {l['entity']} ({l['confidence']:.2f})",
                                  data=l["entity"], layer=2))
        for t in a["timexes"]:
            rng = f" [{t['range_start']} – {t['range_end']}]" if t["range_start"] else ""
            spans.append(Span(t["start"], t["end"], "timex", f"{t['type']} {t['value']}{rng} (Anker {t['anchor']})",
                              layer=3))
        markers = [(r["at"], f"{r['reason']}: {r['text']}") for r in a["removed"]]
        anchors = [x["start"] for x in (*a["sentences"], *a["quotes"], *a["claims"])]
        body = render(a["text"], spans, markers, anchors)
        return templates.TemplateResponse(request, "article.html", {"a": a, "body": body})

    return app


def serve(db_path: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    app = create_app(db_path)
    print(f"Lagebild on http://{host}:{port}  (database {db_path}; Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
