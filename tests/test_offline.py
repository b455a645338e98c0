"""`news-consumer process`: JSON lines in, enriched JSON lines out, bad lines reported."""

from __future__ import annotations

import io
import subprocess
import sys

import orjson

from consumer.core import DEFAULT_OPTIONS
from consumer.offline import process_lines


async def run_lines(lines: list[bytes], workers: int = 0) -> tuple[list[dict], str, int]:
    out, err = io.BytesIO(), io.StringIO()
    failures = await process_lines(
        lines, out, err, options=DEFAULT_OPTIONS, max_message_bytes=1_000_000, workers=workers
    )
    records = [orjson.loads(line) for line in out.getvalue().splitlines()]
    return records, err.getvalue(), failures


ARTICLES = [
    orjson.dumps({"id": f"a{n}", "text": f"Title {n}\n\nFirst paragraph number {n} is here."})
    for n in range(6)
]


async def test_good_lines_in_order_and_bad_lines_reported():
    lines = [ARTICLES[0], b"{broken", b"   ", ARTICLES[1], b'{"html": 1}']
    records, errors, failures = await run_lines(lines)
    assert [r["id"] for r in records] == ["a0", "a1"]
    assert failures == 2
    assert "line 2: invalid_json" in errors
    assert "line 5: invalid_schema" in errors


async def test_pool_gives_the_same_records_in_the_same_order():
    in_process, _, _ = await run_lines(ARTICLES)
    pooled, _, _ = await run_lines(ARTICLES, workers=2)

    def stable(record: dict) -> dict:
        return {k: v for k, v in record.items() if k != "processing"}

    assert [stable(r) for r in pooled] == [stable(r) for r in in_process]


def test_command_line_exit_status_and_streams(seed_example):
    line = orjson.dumps({"text": (seed_example / "input.txt").read_text()})
    result = subprocess.run(
        [sys.executable, "-m", "consumer.cli", "process"],
        input=line + b"\nnot json\n",
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 1
    records = [orjson.loads(x) for x in result.stdout.splitlines()]
    assert len(records) == 1 and records[0]["paragraphs"]
    assert b"line 2: invalid_json" in result.stderr


def test_command_line_reads_article_files(seed_example, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry service resumes after storm</title></head><body><article>"
        "<h1>Ferry service resumes after storm</h1><p>The island ferry sailed again on Monday "
        "after three days of cancellations caused by high winds and heavy seas.</p>"
        "</article></body></html>"
    )
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"not json\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "consumer.cli",
            "process",
            str(seed_example / "input.txt"),
            str(page),
            str(broken),
        ],
        capture_output=True,
        timeout=120,
    )
    records = [orjson.loads(x) for x in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["input", "page"]
    assert records[0]["cleaning"]["mode"] == "text" and records[1]["cleaning"]["mode"] == "html"
    assert records[1]["title"] == "Ferry service resumes after storm"
    assert result.returncode == 1 and b"article 3: invalid_json" in result.stderr
