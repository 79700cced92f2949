"""Inputs as people have them: files, '-', directories, JSON Lines corpora; any common
encoding; plain text, saved HTML pages and PDFs -> one decoded text per document.

Every failure to read an input is an InputError whose message names the input and the
reason in one line; iter_sources() yields it in place of the document so that the caller
can report it and carry on with the other inputs.

Offsets of records refer to SourceText.text: the decoded text, and for HTML and PDF the
text extracted from them (``figextract --print-text`` shows it). Decoding never shifts
anything silently: a leading byte-order mark is dropped, lone surrogates become U+FFFD
(same length), NUL and other control characters are kept as they are.
"""

from __future__ import annotations

import bisect
import codecs
import io
import json
import logging
import os
import re
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# --------------------------------------------------------------------------- records


class InputError(Exception):
    """One-line, user-facing: names the input and the reason ("a.txt: no such file")."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass
class SourceText:
    """One document, decoded. `name` is the input as named on the command line ('-' for
    standard input); a JSON Lines record is named "FILE:ID" (or "FILE:#LINE" without id)."""

    name: str
    text: str
    encoding: str | None
    encoding_guessed: bool
    fmt: str  # "text" | "html" | "pdf"
    page_starts: list[int] | None = None  # PDF: offset in `text` where each page starts
    doc_id: str | None = None  # JSON Lines: the record's id field, when it has one


def page_of(source: SourceText, offset: int) -> int | None:
    """1-based page of a character offset in a PDF's text; None for other formats."""
    if not source.page_starts:
        return None
    return max(1, bisect.bisect_right(source.page_starts, offset))


# --------------------------------------------------------------------------- decoding

# What press texts come in when they are not UTF-8: mainland Chinese sites (GB18030, a
# superset of GBK and GB2312), Taiwan and Hong Kong sites (Big5), and Western Windows
# (cp1252, a superset of Latin-1 in practice). Restricting the detector to these keeps
# short texts from being read as cp775 or Shift-JIS; anything else needs --encoding.
CANDIDATES = ("gb18030", "big5", "cp1252")

BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

MAGIC = (  # formats people mistake for text, by their first bytes
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (.docx and .xlsx are ZIP archives: save as text or PDF)"),
    (b"\x1f\x8b", "gzip-compressed (decompress it first)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (save as text or PDF)"),
    (b"\x7fELF", "a program"),
    (b"BZh", "bzip2-compressed (decompress it first)"),
)

SURROGATE = re.compile("[\ud800-\udfff]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")  # not tab, newlines, form feed


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str, bool]:
    """Decode `data` -> (text, encoding, guessed). `encoding` forces one. Raises InputError
    for an unknown encoding, bytes invalid in the forced one, or bytes that are no text."""
    if encoding is not None:
        return _decode_forced(data, name, encoding), _codec_name(name, encoding), False
    for mark, codec in BOMS:
        if data.startswith(mark):
            text = data[len(mark):].decode(codec, "replace")
            return _checked_text(text, name), codec, False
    _refuse_known_binary(data, name)
    unmarked_utf16 = _unmarked_utf16(data)
    if unmarked_utf16 is not None:
        return _checked_text(unmarked_utf16[0], name), unmarked_utf16[1], True
    try:
        return _checked_text(data.decode("utf-8"), name), "utf-8", False
    except UnicodeDecodeError:
        pass
    text, codec = _guess(data, name)
    return _checked_text(text, name), codec, True


def _codec_name(name: str, encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None


def _decode_forced(data: bytes, name: str, encoding: str) -> str:
    codec = _codec_name(name, encoding)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        raise InputError(name, f"not valid {codec} (byte {err.start})") from None
    return _checked_text(text.removeprefix("\ufeff"), name, forced=True)


def _refuse_known_binary(data: bytes, name: str) -> None:
    for magic, what in MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"not text: {what}")


def _checked_text(text: str, name: str, forced: bool = False) -> str:
    """Refuse decoded text that is mostly control characters (binary data read as text);
    a few NUL bytes in a real text are kept. Lone surrogates become U+FFFD."""
    controls = len(CONTROL.findall(text, 0, 65536))
    if not forced and controls * 10 > min(len(text), 65536):
        raise InputError(name, "not text (binary data)")
    if SURROGATE.search(text):
        text = SURROGATE.sub("\ufffd", text)
    return text


def _guess(data: bytes, name: str) -> tuple[str, str]:
    """Bytes that are not strict UTF-8: nearly-UTF-8, or one of
    CANDIDATES (charset-normalizer first, then a strict-decoding fallback)."""
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8"
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data, cp_isolation=list(CANDIDATES)) if m.encoding]
    if matches:
        best = min(matches, key=lambda m: (m.chaos, -_common_cjk_share(str(m), m.encoding)))
        chosen = _prefer_common_cjk(best.encoding, [m.encoding for m in matches], data)
        return data.decode(chosen, "replace"), codecs.lookup(chosen).name
    return _fallback(data, name)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a file cut with `head -c`, one stray Latin-1 byte):
    keep it UTF-8, broken bytes as U+FFFD, when valid multi-byte characters outnumber the
    broken ones ten to one."""
    text = data.decode("utf-8", "replace")
    broken = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return text if valid >= 10 * max(broken, 1) else None


def _unmarked_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark: text with some ASCII in it has a NUL in many odd
    (little-endian) or even (big-endian) bytes, and almost none in the others."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    sample = data[:65536]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high * 5 >= half * 2 and low * 20 <= half:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


# Where each Chinese encoding keeps its frequent characters: GB2312 level-1 hanzi (the
# 3,755 commonest) and Big5's 5,401 frequent hanzi, plus each one's punctuation rows. A
# short GBK text read as Big5 (or the reverse) decodes, but into rare characters.
COMMON_ROWS = {
    "gb18030": ((0xA1, 0xA3), (0xB0, 0xD7)),
    "big5": ((0xA1, 0xA3), (0xA4, 0xC6)),
}


def _common_cjk_share(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters of `text` that sit in `encoding`'s common rows."""
    rows = COMMON_ROWS.get(codecs.lookup(encoding).name)
    if rows is None:
        return 0.0
    total = common = 0
    for ch in text[:4096]:
        if ch <= "\x7f":
            continue
        total += 1
        encoded = ch.encode(encoding, "ignore")
        if len(encoded) == 2 and any(lo <= encoded[0] <= hi for lo, hi in rows):
            common += 1
    return common / total if total else 0.0


def _prefer_common_cjk(chosen: str, encodings: list[str], data: bytes) -> str:
    """Between GB18030 and Big5, both of which decoded, keep the one whose characters are
    the common ones; charset-normalizer scores a two-character text the same in both."""
    names = {codecs.lookup(e).name for e in encodings}
    if codecs.lookup(chosen).name not in COMMON_ROWS or not {"gb18030", "big5"} <= names:
        return chosen
    shares = {e: _common_cjk_share(data.decode(e, "replace"), e) for e in ("gb18030", "big5")}
    return max(shares, key=lambda e: shares[e])


def _fallback(data: bytes, name: str) -> tuple[str, str]:
    """Short texts that the detector finds too chaotic to score: a Chinese encoding whose
    characters are mostly the common ones, else Windows-1252, else nothing."""
    decoded: dict[str, str] = {}
    for codec in CANDIDATES:
        try:
            decoded[codec] = data.decode(codec)
        except UnicodeDecodeError:
            continue
    chinese = [c for c in ("gb18030", "big5") if c in decoded]
    best = max(chinese, key=lambda c: _common_cjk_share(decoded[c], c), default=None)
    if best is not None and _common_cjk_share(decoded[best], best) >= 0.8:
        return decoded[best], best
    if "cp1252" in decoded:
        return decoded["cp1252"], "cp1252"
    raise InputError(
        name, "not text in any plausible encoding (tried UTF-8, GB18030, Big5, "
        "Windows-1252; name one with --encoding)")


# --------------------------------------------------------------------------- formats

HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
PDF_EXTENSIONS = {".pdf"}
FORMATS = ("text", "html", "pdf")


def sniff_format(name: str, data: bytes) -> str:
    """'pdf' by magic or extension, 'html' by extension or a leading doctype/<html>, else
    'text'. Content wins over extension for PDF (a PDF saved as .txt is still a PDF)."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix in PDF_EXTENSIONS:
        return "pdf"
    if suffix in HTML_EXTENSIONS:
        return "html"
    head = data[:2048]
    for mark, _codec in BOMS:
        if head.startswith(mark):
            head = head[len(mark):].decode(_codec, "ignore").encode("ascii", "ignore")
            break
    head = head.lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith((b"<?xml", b"<!--")) and b"<html" in head:
        return "html"
    return "text"


# Elements whose text a reader never sees, or that are site furniture rather than the
# article: menus (<nav>, role=navigation), page header/footer, <aside> boxes. A <header>
# or <footer> *inside* an <article> or <main> is the article's own byline or note, and
# is kept. Lists with class "menu"/"nav" are menus too, wherever they are.
INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "svg", "canvas",
             "iframe", "object", "embed", "select", "button"}
FURNITURE = {"nav", "aside"}
PAGE_FURNITURE = {"header", "footer"}
MENU_CLASS = re.compile(r"(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?)(?:$|[\s_-])", re.I)

# Block elements: a paragraph-like one stands apart with a blank line around it, a
# line-like one starts a new line, a table cell ends with a tab (so that the numbers of
# adjacent cells never run together into one).
PARAGRAPH = {"address", "article", "blockquote", "caption", "details", "dialog", "div",
             "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
             "h4", "h5", "h6", "header", "hgroup", "hr", "main", "nav", "ol", "p", "pre",
             "section", "summary", "table", "ul", "body", "html", "legend"}
LINE = {"br", "li", "dt", "dd", "tr", "option"}
CELL = {"td", "th"}

HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")  # collapses to one space, as browsers do
AROUND_TAB = re.compile(r" *\t[ \t]*")
DOUBLE_SPACE = re.compile(r"  +")
BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: furniture and invisible elements dropped, block
    elements on their own lines, table cells separated by a tab, entities decoded, runs of
    spaces collapsed, at most one blank line in a row."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return ""
    pieces: list[str] = []
    # Depth-first walk with an explicit stack: a page nested 100,000 deep must not
    # overflow Python's recursion limit. (node, None) enters a node, (None, s) writes s.
    stack: list[tuple[object, str | None]] = [(root, None)]
    while stack:
        node, closing = stack.pop()
        if closing is not None:
            pieces.append(closing)
            continue
        if node.is_text_node:  # type: ignore[attr-defined]
            pieces.append(HTML_WHITESPACE.sub(" ", node.text_content or ""))  # type: ignore[attr-defined]
            continue
        if not node.is_element_node or _is_dropped(node):  # type: ignore[attr-defined]
            continue
        tag = node.tag  # type: ignore[attr-defined]
        if tag in PARAGRAPH:
            pieces.append("\n\n")
            stack.append((None, "\n\n"))
        elif tag in LINE:
            pieces.append("\n")
        elif tag in CELL:
            stack.append((None, "\t"))
        children = []
        child = node.child  # type: ignore[attr-defined]
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, None) for c in reversed(children))
    return _tidy("".join(pieces))


def _is_dropped(node: object) -> bool:
    tag = node.tag  # type: ignore[attr-defined]
    if tag in INVISIBLE or tag in FURNITURE:
        return True
    attrs = node.attributes  # type: ignore[attr-defined]
    if attrs.get("hidden") is not None or "hidden" in attrs:
        return True
    if (attrs.get("role") or "") in ("navigation", "banner", "contentinfo"):
        return True
    if tag in ("ul", "ol", "div") and MENU_CLASS.search(attrs.get("class") or ""):
        return True
    if tag in PAGE_FURNITURE:
        parent = node.parent  # type: ignore[attr-defined]
        while parent is not None:
            if parent.tag in ("article", "main"):
                return False
            parent = parent.parent
        return True
    return False


def _tidy(text: str) -> str:
    lines = (AROUND_TAB.sub("\t", DOUBLE_SPACE.sub(" ", line)).strip(" \t")
             for line in text.split("\n"))
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


PAGE_BREAK = "\n\f\n"  # between the pages of a PDF; a form feed is whitespace to rules


def pdf_to_text(data: bytes, name: str) -> tuple[str, list[int]]:
    """Text of each page of a PDF, in order, joined by PAGE_BREAK -> (text, page_starts)."""
    from pypdf import PdfReader

    pages: list[str] = []
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)  # pypdf logs about every odd-but-readable PDF
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ... and warns about some
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(name, "encrypted PDF (needs a password)")
            for page in reader.pages:
                pages.append(page.extract_text() or "")
    except InputError:
        raise
    except Exception as err:  # a third-party parser on untrusted bytes may raise anything
        raise InputError(name, f"not a readable PDF ({type(err).__name__})") from None
    finally:
        pypdf_log.setLevel(level)
    if not any(page.strip() for page in pages):
        raise InputError(name, "no text layer (scanned PDF?)")
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + len(PAGE_BREAK)
    return PAGE_BREAK.join(pages), starts


# --------------------------------------------------------------------------- reading


def read_bytes(name: str) -> bytes:
    """All bytes of a file, or of standard input for '-'; OSError -> InputError."""
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory (use -r to read the files in it)") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as err:
        raise InputError(name, err.strerror or type(err).__name__) from None


def source_from_bytes(name: str, data: bytes, *, encoding: str | None = None,
                      fmt: str | None = None) -> SourceText:
    """Decode and, for HTML and PDF, extract: the document a rule set reads."""
    if not data:
        raise InputError(name, "empty file")
    fmt = fmt or sniff_format(name, data)
    if fmt not in FORMATS:
        raise InputError(name, f"unknown input format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "pdf":
        text, starts = pdf_to_text(data, name)
        return SourceText(name, _checked_text(text, name, forced=True), None, False, "pdf",
                          page_starts=starts)
    text, codec, guessed = decode_bytes(data, name, encoding)
    if fmt == "html":
        text = _checked_text(html_to_text(text), name, forced=True)
    return SourceText(name, text, codec, guessed, fmt)


def read_source(name: str, *, encoding: str | None = None, fmt: str | None = None) -> SourceText:
    """One input named on the command line ('-' is standard input) as a SourceText."""
    if name != "-" and os.path.isdir(name):
        raise InputError(name, "is a directory (use -r to read the files in it)")
    return source_from_bytes(name, read_bytes(name), encoding=encoding, fmt=fmt)


# Files a recursive walk reads: text, Markdown, web pages, PDFs, and files without an
# extension (scrapers often save pages so). Hidden files and folders are skipped; a file
# named on the command line is read whatever its extension.
WALKED_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ""} | HTML_EXTENSIONS | PDF_EXTENSIONS


def walk(top: str) -> Iterator[str | InputError]:
    """Paths of the readable-looking files under `top`, sorted, depth first; an unreadable
    folder is yielded as an InputError. Never holds more than one folder's listing per
    level in memory."""
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                listing = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in entries)
        except OSError as err:
            yield InputError(folder, err.strerror or "cannot list folder")
            continue
        subfolders = []
        for entry, is_dir in listing:
            if entry.startswith("."):
                continue
            path = os.path.join(folder, entry)
            if is_dir:
                subfolders.append(path)
            elif Path(entry).suffix.lower() in WALKED_EXTENSIONS:
                yield path
        pending.extend(reversed(subfolders))


def iter_jsonl(name: str, field: str, *, id_field: str = "id") -> Iterator[SourceText | InputError]:
    """One SourceText per line of a JSON Lines corpus, read line by line (a 1 GB corpus
    streams). The text is `field` of each object; its name is "FILE:ID" from `id_field`,
    or "FILE:#LINE" when the record has none. A bad line is an InputError naming
    FILE:LINE, and the lines after it are still read. Empty texts are documents without
    figures, not errors (archives hold empty bodies)."""
    try:
        handle = sys.stdin.buffer if name == "-" else open(name, "rb")
    except FileNotFoundError:
        yield InputError(name, "no such file")
        return
    except IsADirectoryError:
        yield InputError(name, "is a directory, not a JSON Lines file")
        return
    except OSError as err:
        yield InputError(name, err.strerror or type(err).__name__)
        return
    try:
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield _jsonl_record(name, number, line, field, id_field)
    except OSError as err:
        yield InputError(name, err.strerror or type(err).__name__)
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _jsonl_record(name: str, number: int, line: bytes, field: str,
                  id_field: str) -> SourceText | InputError:
    where = f"{name}:{number}"
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as err:  # JSONDecodeError and UnicodeDecodeError
        return InputError(where, f"not valid JSON ({str(err).split(':')[0]})")
    if not isinstance(record, dict):
        return InputError(where, "not a JSON object")
    text = record.get(field)
    if not isinstance(text, str):
        missing = "no" if text is None else "a non-string"
        return InputError(where, f"{missing} {field!r} field")
    doc_id = record.get(id_field)
    doc_id = None if doc_id is None or isinstance(doc_id, (dict, list)) else str(doc_id)
    label = f"{name}:{doc_id}" if doc_id is not None else f"{name}:#{number}"
    return SourceText(label, _checked_text(text, label, forced=True), "utf-8", False, "text",
                      doc_id=doc_id)


def iter_sources(names: list[str], *, recursive: bool = False, encoding: str | None = None,
                 fmt: str | None = None, jsonl_field: str | None = None,
                 jsonl_id: str = "id") -> Iterator[SourceText | InputError]:
    """Each document of the inputs, one at a time, in order: SourceText, or InputError in
    its place. No names means standard input. With `jsonl_field`, each input is a JSON
    Lines corpus; with `recursive`, a folder stands for the files under it (see walk)."""
    for name in names or ["-"]:
        if jsonl_field is not None:
            yield from iter_jsonl(name, jsonl_field, id_field=jsonl_id)
            continue
        if recursive and name != "-" and os.path.isdir(name):
            for path in walk(name):
                yield path if isinstance(path, InputError) else _read(path, encoding, fmt)
            continue
        yield _read(name, encoding, fmt)


def _read(name: str, encoding: str | None, fmt: str | None) -> SourceText | InputError:
    try:
        return read_source(name, encoding=encoding, fmt=fmt)
    except InputError as err:
        return err
