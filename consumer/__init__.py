"""news-consumer: clean and extract news articles from a Kafka stream."""

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

__version__ = "0.1.0"


def compiled_modules() -> list[str]:
    """The package's modules installed as C extensions (mypyc, see setup.py); [] if none.

    Python imports an extension before the module's source, so these are the ones running.
    """
    root = Path(__file__).resolve().parent
    names = set()
    for path in root.rglob("*"):
        suffix = next((s for s in EXTENSION_SUFFIXES if path.name.endswith(s)), "")
        if suffix:
            names.add(".".join(path.relative_to(root.parent).parts)[: -len(suffix)])
    return sorted(names)


def build_name() -> str:
    """What the package runs as, for --version and the benchmarks' records."""
    compiled = compiled_modules()
    return f"{len(compiled)} modules compiled with mypyc" if compiled else "pure Python"
