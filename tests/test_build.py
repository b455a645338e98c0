"""The optional mypyc build (setup.py): which modules it compiles and how a build is seen."""

from __future__ import annotations

import ast
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from consumer import __version__, build_name, compiled_modules, stale_compiled_modules
from consumer.cli import build_parser

REPO = Path(__file__).resolve().parents[1]


def _compiled_sources() -> list[str]:
    tree = ast.parse((REPO / "setup.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "COMPILED_MODULES":
            return list(ast.literal_eval(node.value))
    raise AssertionError("setup.py lists no COMPILED_MODULES")


def test_setup_compiles_existing_enrichment_modules_only() -> None:
    sources = _compiled_sources()
    assert sources
    for source in sources:
        assert (REPO / source).is_file(), source
        assert source.startswith("consumer/core/enrich/"), source
    # body.py stays Python: bench.enrich.stage_costs swaps the stages it calls by name.
    assert "consumer/core/enrich/body.py" not in sources


def test_makefile_rebuilds_when_a_compiled_source_changes() -> None:
    assert (
        "$(STAMP): pyproject.toml setup.py $(COMPILED_SOURCES)" in (REPO / "Makefile").read_text()
    )


def _package(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "fast.py").write_text("")
    (root / "sub" / "slow.py").write_text("")
    return root


def test_compiled_modules_are_named_from_their_extension_files(tmp_path: Path) -> None:
    root = _package(tmp_path)
    assert compiled_modules(root) == []
    (root / "sub" / f"fast{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    assert compiled_modules(root) == ["pkg.sub.fast"]


def test_an_extension_older_than_its_source_is_stale(tmp_path: Path) -> None:
    root = _package(tmp_path)
    extension = root / "sub" / f"fast{EXTENSION_SUFFIXES[0]}"
    extension.write_bytes(b"")
    source = root / "sub" / "fast.py"
    os.utime(extension, (1_000_000, 1_000_000))
    os.utime(source, (900_000, 900_000))
    assert stale_compiled_modules(root) == []
    os.utime(source, (1_100_000, 1_100_000))
    assert stale_compiled_modules(root) == ["pkg.sub.fast"]


def test_version_says_which_build_runs(capsys: pytest.CaptureFixture[str]) -> None:
    compiled = compiled_modules()
    assert all(name.startswith("consumer.core.enrich.") for name in compiled)
    expected = f"{len(compiled)} modules compiled with mypyc" if compiled else "pure Python"
    assert build_name() == expected
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--version"])
    assert capsys.readouterr().out.strip() == f"news-consumer {__version__} ({expected})"
