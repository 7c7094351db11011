import gzip
import io
import json

from lagebild.ingest import Source, expand_inputs, read_source
from lagebild.model import RawArticle, Skipped

HTML = """<!doctype html><html><head><title>Kim trifft Putin | Nordkurier Online</title>
<meta property="og:site_name" content="Nordkurier Online"><meta name="author" content="Anna Berger">
<meta property="article:published_time" content="2023-09-13T10:15:00+02:00"></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<div class="cookie">Wir verwenden Cookies. Akzeptieren?</div><article><h1>Kim trifft Putin</h1>
""" + "".join(f"<p>Absatz {i}: Der nordkoreanische Machthaber sprach am Mittwoch lange mit dem russischen Präsidenten über Raumfahrt und Rüstung.</p>" for i in range(6)) + """
</article><aside>Mehr zum Thema</aside><footer>Impressum</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ostsee-Zeitung Digital</title><link>https://example.org</link>
<item><title>Streik im Hafen</title><link>https://example.org/streik</link>
<pubDate>Tue, 12 Sep 2023 08:00:00 +0200</pubDate>
<description>&lt;p&gt;Die Hafenarbeiter legten am Dienstag die Arbeit nieder.&lt;/p&gt;&lt;p&gt;Die Gewerkschaft fordert mehr Lohn.&lt;/p&gt;</description></item>
<item><title>Streik geht weiter</title><link>https://example.org/streik-2</link>
<description>Auch am Mittwoch ruhte die Arbeit im Hamburger Hafen.</description></item>
</channel></rss>"""


def read(path_or_src):
    src = path_or_src if isinstance(path_or_src, Source) else Source(name=path_or_src, path=path_or_src)
    return list(read_source(src))


def test_txt_utf8_with_title_line(write):
    out = read(write("a.txt", "Kim trifft Putin\n\nDer Machthaber traf am Mittwoch ein."))
    assert isinstance(out[0], RawArticle)
    assert out[0].title == "Kim trifft Putin" and out[0].raw_text.startswith("Der Machthaber")


def test_txt_bom_and_legacy_encodings(write):
    text = "Die Hafenarbeiter in Hamburg forderten „mehr Lohn“ für Überstunden."
    bom = read(write("bom.txt", b"\xef\xbb\xbf" + text.encode()))[0]
    cp = read(write("cp.txt", text.encode("cp1252")))[0]
    lat = read(write("lat.txt", "Grüße aus Köln, schöne Tage.".encode("latin-1")))[0]
    assert bom.raw_text == text and bom.encoding == "utf-8-sig"
    assert cp.raw_text == text and cp.encoding == "cp1252"
    assert lat.raw_text == "Grüße aus Köln, schöne Tage."


def test_html_main_text_and_metadata(write):
    a = read(write("page.html", HTML))[0]
    assert isinstance(a, RawArticle)
    assert a.outlet == "Nordkurier Online" and a.author == "Anna Berger"
    assert a.published.startswith("2023-09-13")
    assert "Absatz 5" in a.raw_text and "Impressum" not in a.raw_text and "Cookies" not in a.raw_text


def test_rss_entries(write):
    out = read(write("feed.xml", RSS))
    assert [o.title for o in out] == ["Streik im Hafen", "Streik geht weiter"]
    assert out[0].outlet == "Ostsee-Zeitung Digital" and out[0].url == "https://example.org/streik"
    assert out[0].published.startswith("2023-09-12")
    assert "Gewerkschaft fordert mehr Lohn." in out[0].raw_text and "<p>" not in out[0].raw_text
    assert out[1].published is None


def test_jsonl(write):
    lines = [{"text": "Die Gewerkschaft rief zum Streik auf.", "title": "Streik", "outlet": "Blatt",
              "published": "2023-09-12", "url": "https://example.org/1"},
             {"text": "Der Hafen stand still."}]
    out = read(write("a.jsonl", "\n".join(json.dumps(l, ensure_ascii=False) for l in lines)))
    assert out[0].outlet == "Blatt" and out[0].published == "2023-09-12" and out[0].source == "https://example.org/1"
    assert out[1].published is None and out[1].source.endswith("a.jsonl#L2")


def _warc_bytes():
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(3):
        body = HTML.replace("Absatz", f"Seite {i} Absatz").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=headers))
    return buf.getvalue()


def test_warc_gz(write):
    out = read(write("crawl.warc.gz", _warc_bytes()))
    assert [o.url for o in out] == [f"https://example.org/{i}" for i in range(3)]
    assert all(isinstance(o, RawArticle) for o in out)


def test_stdin_and_globs(write, tmp_path):
    write("x/one.txt", "Eins ist ein Text.")
    write("x/sub/two.txt", "Zwei ist ein Text.")
    write("x/README.md", "Doku")
    srcs = list(expand_inputs([str(tmp_path / "x"), str(tmp_path / "x/**/*.txt"), "-"],
                              stdin=io.BytesIO("Vom Standard-Eingang.".encode())))
    names = [s.name for s in srcs]
    assert names.count(str(tmp_path / "x/one.txt")) == 2 and not any(n.endswith("README.md") for n in names)
    assert names[-1] == "<stdin>"
    assert read(srcs[-1])[0].raw_text == "Vom Standard-Eingang."


def test_feed_over_http(write, tmp_path):
    import http.server
    import threading

    write("srv/feed.xml", RSS)

    class H(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(tmp_path / "srv"), **k)

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/feed.xml"
        out = list(read_source(Source(name=url, url=url)))
        assert [o.title for o in out] == ["Streik im Hafen", "Streik geht weiter"]
        bad = list(read_source(Source(name=url + "x", url=url + "x")))
        assert isinstance(bad[0], Skipped) and "could not fetch URL" in bad[0].reason
    finally:
        srv.shutdown()
