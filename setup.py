"""Optional build step: the enrichment's hot modules compiled to C with mypyc.

pyproject.toml holds the package's metadata; this file only adds ``ext_modules``. A compiled
module runs the same code as its source (mypyc also checks its annotations at run time).
Whenever the compile cannot happen (mypy missing, no C compiler, a type error under a newer
mypy) the package installs as pure Python and behaves identically. ``NEWS_CONSUMER_COMPILE=0``
forces pure Python (and removes an earlier in-place build).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Pure-function modules and those whose classes live inside one article's enrichment: none
# of their objects crosses the process pool (the worker gets consumer.core.model's types).
COMPILED_MODULES = (
    "consumer/core/enrich/alternation.py",
    "consumer/core/enrich/cues.py",
    "consumer/core/enrich/dates.py",
    "consumer/core/enrich/entities.py",
    "consumer/core/enrich/gazetteer.py",
    "consumer/core/enrich/keywords.py",
    "consumer/core/enrich/name_variants.py",
    "consumer/core/enrich/quotes.py",
    "consumer/core/enrich/speakers.py",
    "consumer/core/enrich/tokens.py",
)
GROUP_NAME = "news_consumer_enrich"  # their shared library: news_consumer_enrich__mypyc.*.so
# The commands that build extensions (pip's metadata steps run egg_info / dist_info only).
_BUILD_COMMANDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "install", "develop"}


def _warn(message: str) -> None:
    print(f"news-consumer: {message}; installing pure Python", file=sys.stderr)


def _remove_inplace_builds() -> None:
    """Delete what an earlier in-place build left beside the sources.

    Python imports an extension before its source: a stale one would hide every later edit.
    """
    found = list(Path().glob(f"{GROUP_NAME}__mypyc.*"))
    for module in COMPILED_MODULES:
        source = Path(module)
        found += source.parent.glob(f"{source.stem}.*")
    for path in found:
        if path.suffix in (".so", ".pyd"):
            path.unlink()


def compiled_extensions() -> list[Any]:
    """mypyc's extensions for ``COMPILED_MODULES``, or none when they cannot be generated."""
    if not _BUILD_COMMANDS.intersection(sys.argv[1:]):
        return []
    if os.environ.get("NEWS_CONSUMER_COMPILE", "1") == "0":
        _remove_inplace_builds()
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypy is not installed")
        _remove_inplace_builds()
        return []
    # No config file: the project's [tool.mypy] loads the pydantic plugin, absent from pip's
    # isolated build environment, and the compiled modules do not need it.
    flags = ["--config-file=", "--ignore-missing-imports"]
    try:
        return list(mypycify([*flags, *COMPILED_MODULES], group_name=GROUP_NAME))
    except (Exception, SystemExit) as error:  # mypyc reports type errors with sys.exit
        _warn(f"mypyc could not compile ({error})")
        _remove_inplace_builds()
        return []


class OptionalBuildExt(build_ext):
    """build_ext that falls back to pure Python when the C compile fails."""

    extensions: list[Any]

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # no compiler, missing headers, a linker error
            _warn(f"the C extensions did not build ({error})")
            for ext in self.extensions:  # what did build, in build/lib
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            self.extensions = []
            _remove_inplace_builds()  # the modules share one library: all go or none


setup(ext_modules=compiled_extensions(), cmdclass={"build_ext": OptionalBuildExt})
