"""A real Prometheus server (Debian's binary from `make deploy-tools`) on loopback, for tests:
scrapes the given targets every second and evaluates the given rule file."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PrometheusServer:
    url: str

    def api(self, path: str, **params: str) -> dict[str, Any]:
        """One HTTP API call; the decoded answer, error answers included."""
        query = urllib.parse.urlencode(params)
        request = urllib.request.Request(f"{self.url}/api/v1/{path}?{query}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                answer: dict[str, Any] = json.load(response)
        except urllib.error.HTTPError as exc:  # 400/422: a query Prometheus rejects
            answer = json.load(exc)
        return answer

    def query(self, expr: str) -> dict[str, Any]:
        return self.api("query", query=expr)

    def values(self, expr: str) -> list[float]:
        """The sample values of an instant query that must succeed."""
        answer = self.query(expr)
        assert answer["status"] == "success", f"{expr}: {answer.get('error')}"
        return [float(sample["value"][1]) for sample in answer["data"]["result"]]

    def wait_for(
        self,
        expr: str,
        minimum: float,
        timeout: float,
        still_worth_waiting: Callable[[], bool] = lambda: True,
    ) -> float:
        """Poll until ``expr`` has a sample >= minimum; return it."""
        deadline = time.monotonic() + timeout
        best = float("nan")
        while time.monotonic() < deadline and still_worth_waiting():
            found = self.values(expr)
            best = max(found) if found else best
            if found and best >= minimum:
                return best
            time.sleep(0.5)
        raise AssertionError(f"{expr} stayed below {minimum} (last {best})")


@contextmanager
def running_prometheus(
    binary: str,
    targets: list[str],
    target_labels: dict[str, str],
    rules_file: Path,
    workdir: Path,
) -> Iterator[PrometheusServer]:
    """Start Prometheus scraping ``targets`` as job news-consumer; stop it on exit."""
    port = free_port()
    config = {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(rules_file)],
        "scrape_configs": [
            {
                "job_name": "news-consumer",
                "static_configs": [{"targets": targets, "labels": target_labels}],
            }
        ],
    }
    config_file = workdir / "prometheus.yml"
    config_file.write_text(yaml.safe_dump(config))
    log = (workdir / "prometheus.log").open("w")
    process = subprocess.Popen(
        [
            binary,
            f"--config.file={config_file}",
            f"--storage.tsdb.path={workdir / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = PrometheusServer(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, (workdir / "prometheus.log").read_text()
            try:
                with urllib.request.urlopen(f"{server.url}/-/ready", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "Prometheus did not become ready in 30 s"
            time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
