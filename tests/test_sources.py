"""sources: every kind of input people have, decoded to the text that offsets refer to."""

from __future__ import annotations

import json
import os
import sys
import tracemalloc
from pathlib import Path

import pytest

from figextract import sources
from figextract.sources import (
    InputError,
    SourceText,
    decode_bytes,
    html_to_text,
    iter_sources,
    page_of,
    read_source,
    sniff_format,
    source_from_bytes,
)

sys.path.insert(0, str(Path(__file__).parent))
from fixtures.minipdf import make_pdf  # noqa: E402

# ------------------------------------------------------------------------- encodings

ZH_SIMPLIFIED = "中国邮政2021年收入3.5亿元"
ZH_TRADITIONAL = "中國郵政2021年收入3.5億元"
ZH_LONG = "中国邮政储蓄银行2021年实现营业收入3,000亿元，同比增长8.5%。"
ZH_LONG_TRADITIONAL = "中國郵政儲蓄銀行2021年實現營業收入3,000億元，同比增長8.5%。"

# (text, how it is encoded, the codec we must report, whether that was a guess)
ENCODED = [
    ("Revenue 5 million yuan", "utf-8", "utf-8", False),
    ("Revenue 5 million yuan", "utf-8-sig", "utf-8", False),
    ("收入3.5亿元, up 5%", "utf-16", "utf-16-le", False),
    ("收入3.5亿元, up 5%", "utf-16-be-bom", "utf-16-be", False),
    ("收入3.5亿元, up 5%", "utf-32", "utf-32-le", False),
    ("收入3.5亿元, up 5%", "utf-32-be-bom", "utf-32-be", False),
    ("Revenue of 5 million yuan, up 12%", "utf-16-le", "utf-16-le", True),
    (ZH_SIMPLIFIED, "gb18030", "gb18030", True),
    (ZH_SIMPLIFIED, "gbk", "gb18030", True),
    (ZH_LONG, "gbk", "gb18030", True),
    ("亿元", "gbk", "gb18030", True),
    (ZH_TRADITIONAL, "big5", "big5", True),
    (ZH_LONG_TRADITIONAL, "big5", "big5", True),
    ("億元", "big5", "big5", True),
    ("€5 million café", "cp1252", "cp1252", True),
    ("“Quoted” — €5", "cp1252", "cp1252", True),
    ("Sales in Zürich rose 5%", "cp1252", "cp1252", True),
    ("naïve £5 café", "latin-1", "cp1252", True),
]


def _encode(text: str, how: str) -> bytes:
    if how == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if how == "utf-32-be-bom":
        return b"\x00\x00\xfe\xff" + text.encode("utf-32-be")
    return text.encode(how)


@pytest.mark.parametrize(("text", "how", "codec", "guessed"), ENCODED,
                         ids=[f"{how}:{text[:12]}" for text, how, _, _ in ENCODED])
def test_decode_bytes_finds_the_encoding(text: str, how: str, codec: str, guessed: bool) -> None:
    assert decode_bytes(_encode(text, how), "a.txt") == (text, codec, guessed)


def test_forced_encoding_wins_over_detection() -> None:
    data = "café".encode("latin-1")
    assert decode_bytes(data, "a.txt", "latin-1") == ("café", "iso8859-1", False)


@pytest.mark.parametrize(("data", "encoding", "reason"), [
    (b"abc", "no-such-codec", "unknown encoding 'no-such-codec'"),
    ("中文".encode("gbk"), "utf-8", "not valid utf-8 (byte 0)"),
], ids=["unknown-name", "invalid-in-forced"])
def test_forced_encoding_errors(data: bytes, encoding: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "a.txt", encoding)
    assert str(caught.value) == f"a.txt: {reason}"


def test_mostly_utf8_keeps_utf8_and_replaces_the_broken_bytes() -> None:
    data = ("中国邮政收入三点五亿元" * 3).encode() + b"\xe4\xb8"  # cut inside a character
    text, codec, guessed = decode_bytes(data, "cut.txt")
    assert (text[-1], codec, guessed) == ("\ufffd", "utf-8", True)
    assert text.startswith("中国邮政")


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "not text: a PNG image"),
    (b"PK\x03\x04" + bytes(range(256)), "not text: a ZIP archive"),
    (b"\x1f\x8b\x08" + bytes(range(256)), "not text: gzip-compressed"),
    (bytes(range(256)) * 8, "not text in any plausible encoding"),
    (b"\x00\x01\x02\x03text\x00\x00\x00\x00", "not text (binary data)"),
], ids=["png", "zip", "gzip", "all-bytes", "nul-heavy"])
def test_binary_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "x.bin")
    assert str(caught.value).startswith(f"x.bin: {reason}")


def test_a_few_nul_bytes_in_text_are_kept() -> None:
    text = "Revenue rose 12% to 3.5 million yuan.\x00 Profit was 5%.\n" * 3
    assert decode_bytes(text.encode(), "a.txt")[0] == text


def test_lone_surrogates_become_replacement_characters_of_the_same_length() -> None:
    data = b"\xff\xfe" + "5% ".encode("utf-16-le") + b"\x00\xd8" + "up".encode("utf-16-le")
    text, _, _ = decode_bytes(data, "a.txt")
    assert text == "5% \ufffdup"


# ------------------------------------------------------------------------- formats

@pytest.mark.parametrize(("name", "data", "fmt"), [
    ("a.txt", b"plain 5%", "text"),
    ("a.html", b"plain 5%", "html"),
    ("A.HTM", b"plain 5%", "html"),
    ("a.txt", b"  <!DOCTYPE html><html><body>5%</body></html>", "html"),
    ("-", b"<html><body>5%</body></html>", "html"),
    ("-", b"\xef\xbb\xbf<!doctype html>", "html"),
    ("-", b"<?xml version='1.0'?>\n<html xmlns='x'>", "html"),
    ("a.txt", b"%PDF-1.4\n...", "pdf"),
    ("a.pdf", b"junk", "pdf"),
    ("-", b"The <html> tag starts a page; 5%", "text"),
], ids=["txt", "html-ext", "htm-upper", "doctype-in-txt", "stdin-html", "bom-doctype",
        "xhtml", "pdf-magic", "pdf-ext", "html-word-in-text"])
def test_sniff_format(name: str, data: bytes, fmt: str) -> None:
    assert sniff_format(name, data) == fmt


PRESS_PAGE = """<!DOCTYPE html><html><head><title>Sales up 5%</title>
<style>.col{width:50%}</style><script>var total = 1000000;</script></head><body>
<header><div class="logo">Postal Business: 8610 11185</div></header>
<nav><ul><li><a href="/">Home</a></li><li>Top 10 stories</li></ul></nav>
<ul class="main-menu"><li>Products (25)</li></ul>
<div role="navigation">Page 2 of 9</div>
<main><article><header><h1>China Post sells 875 &amp; more</h1></header>
<p>Sales reached   over <i>1.3</i>&nbsp;million yuan (about $201,380), fulfilling
<b>170%</b> of the objectives.<br>Profit rose 12%.</p>
<table><tr><td>Malls</td> <td>875</td></tr><tr><th>Counties</th><td>832</td></tr></table>
<ul><li>400 farm produces</li><li>31 provinces</li></ul>
<noscript>Enable JavaScript: 100% needed</noscript><template><p>9 hidden</p></template>
<p hidden>7 hidden</p><footer>Reported by 3 staff</footer>
</article></main>
<aside>Related: 3 billion yuan fund</aside>
<footer>&copy; 2021 China Post 京ICP备15035540号</footer>
</body></html>"""

PRESS_PAGE_TEXT = (
    "China Post sells 875 & more\n\n"
    "Sales reached over 1.3\u00a0million yuan (about $201,380), fulfilling 170% of the "
    "objectives.\nProfit rose 12%.\n\n"
    "Malls\t875\nCounties\t832\n\n"
    "400 farm produces\n31 provinces\n\n"
    "Reported by 3 staff\n"
)


def test_html_keeps_the_article_and_drops_furniture() -> None:
    assert html_to_text(PRESS_PAGE) == PRESS_PAGE_TEXT


@pytest.mark.parametrize("noise", [
    "1000000", "8610", "Top 10", "Products (25)", "Page 2", "Enable", "9 hidden", "7 hidden",
    "3 billion", "ICP", "width", "Sales up",
])
def test_html_noise_is_gone(noise: str) -> None:
    assert noise not in html_to_text(PRESS_PAGE)


def test_html_nested_deeper_than_the_recursion_limit() -> None:
    # 20,000 levels: far past Python's recursion limit. (lexbor itself parses nesting in
    # quadratic time: 100,000 levels take about 10 s, so the test stays at 20,000.)
    assert html_to_text("<div>" * 20_000 + "5%" + "</div>" * 20_000) == "5%\n"


def test_html_source_offsets_point_into_the_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(PRESS_PAGE, encoding="utf-8")
    source = read_source(str(page))
    start = source.text.index("170%")
    assert (source.fmt, source.text[start:start + 4]) == ("html", "170%")


def test_html_in_gbk_is_decoded_then_extracted(tmp_path: Path) -> None:
    page = tmp_path / "zh.htm"
    page.write_bytes(f"<html><body><p>{ZH_LONG}</p></body></html>".encode("gbk"))
    source = read_source(str(page))
    assert (source.text, source.encoding, source.encoding_guessed) == (
        ZH_LONG + "\n", "gb18030", True)


# ------------------------------------------------------------------------- PDF

def test_pdf_pages_joined_in_order_with_page_numbers(tmp_path: Path) -> None:
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(make_pdf([
        ["Revenue rose 12% to 3.5 million yuan (about $540,000)."],
        ["Page two: 875 local malls."],
        ["Page three: 31 provinces."],
    ]))
    source = read_source(str(pdf))
    pages = [page_of(source, source.text.index(s)) for s in ("12%", "875", "31 provinces")]
    assert (source.fmt, source.encoding, pages) == ("pdf", None, [1, 2, 3])
    assert source.text.index("12%") < source.text.index("875") < source.text.index("31 ")


def test_page_of_is_none_outside_pdf() -> None:
    assert page_of(SourceText("a", "5%", "utf-8", False, "text"), 0) is None


@pytest.mark.parametrize(("data", "reason"), [
    (make_pdf([[], []]), "no text layer (scanned PDF?)"),
    (b"%PDF-1.4 not really", "not a readable PDF"),
], ids=["scanned", "broken"])
def test_pdf_without_text_is_an_error(tmp_path: Path, data: bytes, reason: str) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_source(str(pdf))
    assert str(caught.value).startswith(f"{pdf}: {reason}")


def test_forced_format_reads_html_from_a_txt_name() -> None:
    source = source_from_bytes("-", b"<p>Sales rose <b>5%</b></p>", fmt="html")
    assert source.text == "Sales rose 5%\n"


# ------------------------------------------------------------------------- bad files

def _bad_files(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (path, reason) for every kind of unreadable input."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    locked = tmp_path / "locked.txt"
    locked.write_text("5%")
    locked.chmod(0)
    return {
        "missing": (str(tmp_path / "nope.txt"), "no such file"),
        "folder": (str(tmp_path / "folder"), "is a directory (use -r to read the files in it)"),
        "empty": (str(tmp_path / "empty.txt"), "empty file"),
        "binary": (str(tmp_path / "image.txt"), "not text: a PNG image"),
        "unreadable": (str(locked), "permission denied"),
    }


def _deny(path: str):  # type: ignore[no-untyped-def]
    """open() as it behaves for a user without read permission (root has them all)."""
    real_open = open

    def fake_open(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(name) == path:
            raise PermissionError(13, "Permission denied", name)
        return real_open(name, *args, **kwargs)

    return fake_open


@pytest.mark.parametrize("kind", ["missing", "folder", "empty", "binary", "unreadable"])
def test_unreadable_inputs_name_the_file_and_reason(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    path, reason = _bad_files(tmp_path)[kind]
    if kind == "unreadable" and os.geteuid() == 0:
        monkeypatch.setattr(sources, "open", _deny(path), raising=False)
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_iter_sources_goes_on_after_a_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Profit rose 5%.")
    names = [str(tmp_path / "nope.txt"), str(good), str(tmp_path)]
    got = [(type(s).__name__, s.name) for s in iter_sources(names)]
    assert got == [("InputError", names[0]), ("SourceText", names[1]),
                   ("InputError", names[2])]


def test_stdin_is_read_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = __import__("io").BytesIO(ZH_SIMPLIFIED.encode("gb18030"))

    monkeypatch.setattr(sys, "stdin", FakeStdin)
    source = read_source("-")
    assert (source.name, source.text, source.encoding) == ("-", ZH_SIMPLIFIED, "gb18030")


# ------------------------------------------------------------------------- many files

def test_recursive_walk_is_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "b/1.html", "a.md", "c/d/e.txt", "notes", ".git/x.txt",
                "b/.hidden.txt", "photo.jpg", "data.json", "z.TXT"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<p>5%</p>" if rel.endswith("html") else "5%")
    got = [Path(s.name).relative_to(tmp_path).as_posix()
           for s in iter_sources([str(tmp_path)], recursive=True)]
    assert got == ["a.md", "notes", "z.TXT", "b/1.html", "b/2.txt", "c/d/e.txt"]


def test_recursive_walk_reports_bad_files_in_place(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("5%")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("6%")
    got = [type(s).__name__ for s in iter_sources([str(tmp_path)], recursive=True)]
    assert got == ["SourceText", "InputError", "SourceText"]


JSONL = [
    {"id": "a1", "body": "Revenue rose 5%."},
    {"id": 7, "body": "中国邮政收入3.5亿元"},
    "not json {",
    ["a list"],
    {"id": "no-body"},
    {"id": "n", "body": 12},
    {"body": "No id, 3 malls."},
    {"id": "s", "body": "lone \ud800 surrogate"},
]


def _write_jsonl(path: Path) -> None:
    lines = [item if isinstance(item, str) else json.dumps(item) for item in JSONL]
    path.write_text("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n")


def test_jsonl_corpus_one_document_a_line_bad_lines_named(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _write_jsonl(corpus)
    c = str(corpus)
    got = [str(s) if isinstance(s, InputError) else (s.name, s.text, s.doc_id)
           for s in iter_sources([c], jsonl_field="body")]
    assert got == [
        (f"{c}:a1", "Revenue rose 5%.", "a1"),
        (f"{c}:7", "中国邮政收入3.5亿元", "7"),
        f"{c}:4: not valid JSON (Expecting value)",
        f"{c}:5: not a JSON object",
        f"{c}:6: no 'body' field",
        f"{c}:7: a non-string 'body' field",
        (f"{c}:#8", "No id, 3 malls.", None),
        (f"{c}:s", "lone \ufffd surrogate", "s"),
    ]


def test_jsonl_custom_id_field_and_missing_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"doc": "X-1", "text": "5%"}) + "\n")
    got = [str(s) if isinstance(s, InputError) else s.name for s in iter_sources(
        [str(corpus), str(tmp_path / "nope.jsonl")], jsonl_field="text", jsonl_id="doc")]
    assert got == [f"{corpus}:X-1", f"{tmp_path / 'nope.jsonl'}: no such file"]


def test_jsonl_corpus_streams_in_flat_memory(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    body = "Revenue rose 5% to 3.5 million yuan. " * 25  # about 1 KB a document
    with corpus.open("w") as handle:
        for number in range(20_000):  # about 20 MB
            handle.write(json.dumps({"id": number, "text": body}) + "\n")
    tracemalloc.start()
    try:
        count = sum(1 for s in iter_sources([str(corpus)], jsonl_field="text")
                    if isinstance(s, SourceText))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < 1_000_000  # a few documents at a time, never the corpus


def test_folder_walk_streams_in_flat_memory(tmp_path: Path) -> None:
    for number in range(2_000):
        (tmp_path / f"{number:05}.txt").write_text("Revenue rose 5%. " * 60)
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_sources([str(tmp_path)], recursive=True))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 2_000
    assert peak < 1_000_000  # one folder listing and one document, not 2,000 documents
