"""news-consumer: clean and extract news articles from a Kafka stream."""

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

__version__ = "0.1.0"
_PACKAGE = Path(__file__).resolve().parent


def _extensions(root: Path = _PACKAGE) -> dict[str, Path]:
    """The package's modules installed as C extensions (mypyc, see setup.py), by name."""
    found = {}
    for path in root.rglob("*"):
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), "")
        if suffix:
            found[".".join(path.relative_to(root.parent).parts)[: -len(suffix)]] = path
    return found


def compiled_modules(root: Path = _PACKAGE) -> list[str]:
    """The modules running compiled: Python imports an extension before its source."""
    return sorted(_extensions(root))


def stale_compiled_modules(root: Path = _PACKAGE) -> list[str]:
    """Compiled modules whose source was edited after the build (an in-place build)."""
    stale = []
    for name, path in _extensions(root).items():
        source = path.with_name(name.rpartition(".")[2] + ".py")
        if source.exists() and source.stat().st_mtime > path.stat().st_mtime:
            stale.append(name)
    return sorted(stale)


def build_name() -> str:
    """What the package runs as, for --version and the benchmarks' records."""
    compiled = compiled_modules()
    return f"{len(compiled)} modules compiled with mypyc" if compiled else "pure Python"
