"""Property tests of the whole command line on arbitrary input: whatever the bytes, no
traceback, exit 0 or 2, and every record's text is its span of the decoded text.

FIGEXTRACT_FUZZ_EXAMPLES=N raises the example count for a long fuzz run, e.g.
  FIGEXTRACT_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz_cli.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli_runner import run_cli
from figextract.sources import InputError, source_from_bytes

EXAMPLES = int(os.environ.get("FIGEXTRACT_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 150,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Press-like pieces, so that arbitrary text often holds figures, separators and scripts
# the rules react to, not only noise.
PIECES = st.sampled_from([
    "1.3 million yuan", "(about $201,380)", "875 local malls", "170%", "3.5亿元", "8.5%",
    "5,000 tonnes", "10-15%", "between 2 and 3 billion", "US$", "HK$5", "€2.5bn", "RMB",
    "Jan. 28, 2021", "8610 11185", "COVID-19", "约", "万", "亿", "元", "，", "。", ". ", "\n",
    " ", "\u00a0", "\u200f", "\u202e", "\ufeff", "\x00", "\r\n", "\f", "１２３", "－", "(",
    ")", ",", ".", "-", "<p>", "</p>", "<script>", "&amp;", "%PDF-", "<html>", "\ud800",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=6)),
                                                  max_size=40).map("".join))
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030", "big5",
                             "cp1252", "latin-1"])




def check_run(data: bytes, path: Path, *extra: str) -> None:
    path.write_bytes(data)
    code, out, err = run_cli([str(path), "--jsonl", *extra])
    assert code in (0, 2), (code, err)
    assert "Traceback" not in err and "internal error" not in err, err
    assert all(line.startswith("figextract: ") for line in err.splitlines()), err
    if code == 2:
        assert out == "" and len(err.splitlines()) == 1, err
        return
    source = source_from_bytes(str(path), data)
    for record in map(json.loads, filter(None, out.split("\n"))):  # not splitlines: U+2028
        assert source.text[record["start"]:record["end"]] == record["text"], record


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace" if "utf" not in encoding else "surrogatepass")


@FUZZ
@given(text=TEXTS, encoding=ENCODINGS)
def test_any_text_in_any_encoding(tmp_path_factory, text: str, encoding: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    check_run(_encode(text, encoding), path)


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    check_run(data, tmp_path_factory.mktemp("fuzz") / "input.bin")


@FUZZ
@given(text=TEXTS)
def test_any_text_as_html(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "page.html"
    check_run(f"<html><body><p>{text}</p></body></html>".encode("utf-8", "surrogatepass"), path)


@FUZZ
@given(text=TEXTS)
def test_any_text_from_standard_input(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    code, out, err = run_cli(["-", "--jsonl"], data)
    assert code in (0, 2) and "Traceback" not in err and "internal error" not in err, err
    if code == 0:
        decoded = source_from_bytes("-", data).text
        assert all(decoded[r["start"]:r["end"]] == r["text"]
                   for r in map(json.loads, filter(None, out.split("\n"))))
    else:
        try:
            source_from_bytes("-", data)
        except InputError as expected:
            assert err == f"figextract: {expected}\n"
        else:
            raise AssertionError(f"exit 2 on readable input: {err}")
