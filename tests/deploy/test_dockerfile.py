"""The image recipe: the rules the Kubernetes manifests rely on (a lint in tests).

No container engine runs here, so the image is never built in tests: these checks read the
Dockerfile and the .dockerignore.
"""

from __future__ import annotations

import fnmatch
import shlex
import tomllib
from pathlib import Path

import consumer
from consumer import settings
from tests.deploy.support import DEPLOY, K8S, REPO

DOCKERFILE = DEPLOY / "docker" / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"


def instructions(path: Path = DOCKERFILE) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    joined: list[str] = []
    pending = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        joined.append(pending + line)
        pending = ""
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in joined]


def final_stage() -> list[tuple[str, str]]:
    steps = instructions()
    last_from = max(i for i, (op, _) in enumerate(steps) if op == "FROM")
    return steps[last_from:]


def test_build_is_multi_stage_on_a_pinned_slim_python() -> None:
    bases = [args.split()[0] for op, args in instructions() if op == "FROM"]
    assert len(bases) >= 2
    for base in bases:
        name, _, tag = base.partition(":")
        assert name == "python" and tag.startswith("3.11-slim"), base
    build_stage = instructions()[0][1].split()
    assert "AS" in [word.upper() for word in build_stage], "the first stage is named"
    copies_from_build = [args for op, args in final_stage() if op == "COPY" and "--from=" in args]
    assert copies_from_build, "the final stage copies the built virtualenv"


def test_final_stage_runs_as_a_numeric_non_root_user() -> None:
    users = [args for op, args in final_stage() if op == "USER"]
    assert users, "the final stage sets USER"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) > 0, "numeric, so runAsNonRoot can verify it"
    assert f"runAsUser: {uid}" in (K8S / "base" / "deployment.yaml").read_text()


def test_entrypoint_is_the_cli_and_healthcheck_asks_healthz() -> None:
    final = dict(final_stage())
    assert final["ENTRYPOINT"] == '["news-consumer"]'
    assert final["CMD"] == '["run"]'
    assert "/healthz" in final["HEALTHCHECK"] and "CMD" in final["HEALTHCHECK"]
    assert final["EXPOSE"] == "9100"
    assert final["STOPSIGNAL"] == "SIGTERM"
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert "news-consumer" in scripts


def test_nothing_is_written_to_the_root_filesystem_at_run_time() -> None:
    env = " ".join(args for op, args in final_stage() if op == "ENV")
    assert "PYTHONDONTWRITEBYTECODE=1" in env, "no .pyc next to read-only sources"
    assert "TMPDIR=/tmp" in env, "temporary files go to the emptyDir mounted at /tmp"


def test_default_config_lands_where_settings_looks_for_it() -> None:
    # The Dockerfile copies config/default.toml beside the installed package, because
    # settings.DEFAULT_CONFIG is resolved relative to the package directory.
    package_parent = Path(consumer.__file__).resolve().parent.parent
    assert package_parent / "config" / "default.toml" == settings.DEFAULT_CONFIG
    assert "site-packages/config/default.toml" in DOCKERFILE.read_text()


def ignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last matching pattern wins; `!` re-includes."""
    verdict = False
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for pattern in patterns:
        negated = pattern.startswith("!")
        glob = pattern.lstrip("!").rstrip("/").removeprefix("**/")
        if any(fnmatch.fnmatch(prefix, glob) for prefix in prefixes) or any(
            fnmatch.fnmatch(part, glob) for part in parts if pattern.lstrip("!").startswith("**/")
        ):
            verdict = not negated
    return verdict


def test_dockerignore_keeps_what_copy_needs_and_drops_the_rest() -> None:
    patterns = [
        line.strip()
        for line in DOCKERIGNORE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    sources = []
    for op, args in instructions():
        if op == "COPY" and "--from=" not in args:
            sources += shlex.split(args)[:-1]
    assert sources
    for source in sources:
        assert not ignored(source, patterns), f"COPY {source} is excluded by .dockerignore"
        assert (REPO / source).exists(), f"COPY {source}: no such file in the repository"
    for unwanted in (
        ".git/HEAD",
        ".venv/bin/python",
        ".cache/x",
        "tests/conftest.py",
        "consumer/__pycache__/cli.cpython-311.pyc",
        "deploy/k8s/base/x.yaml",
    ):
        assert ignored(unwanted, patterns), f"{unwanted} would be sent to the build"
