"""A real single-node Apache Kafka (KRaft) broker for `make run`, `make kafka` and the tests.

The official jars come from Maven Central (``mvn dependency:copy-dependencies`` with the
``pom.xml`` beside this file) into a cache folder that is reused when present. Each start
formats a fresh log dir, picks free loopback ports and waits until metadata can be fetched.
Optionally a SASL_PLAINTEXT listener (PLAIN and SCRAM-SHA-256/512) and an SSL listener
(a self-signed certificate for 127.0.0.1 made with the JDK's keytool) are added for
security tests.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import fcntl
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

POM = Path(__file__).with_name("pom.xml")
DEFAULT_CACHE = Path(os.environ.get("NEWS_CONSUMER_KAFKA_CACHE", ".cache/kafka")).absolute()
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")

_LOG4J2 = """\
Configuration:
  Appenders:
    File:
      name: FILE
      fileName: "{log_file}"
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: FILE
"""


class BrokerError(RuntimeError):
    """The local broker could not be fetched or started."""


def ensure_jars(cache_dir: Path = DEFAULT_CACHE) -> Path:
    """Fetch the Kafka jars once (a file lock guards concurrent callers); return the libs dir."""
    libs = cache_dir / "libs"
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (libs / ".complete").exists():
            return libs
        if shutil.which("mvn") is None or shutil.which("java") is None:
            raise BrokerError("the local Kafka broker needs `java` (17+) and `mvn` on PATH")
        shutil.rmtree(libs, ignore_errors=True)
        command = [
            "mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
            f"-DoutputDirectory={libs}", "-DincludeScope=runtime",
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise BrokerError(f"mvn failed to fetch the Kafka jars:\n{result.stdout[-3000:]}")
        (libs / ".complete").touch()
    return libs


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class LocalKafka:
    """One broker process. Use as a context manager or call ``start()`` and ``stop()``."""

    cache_dir: Path = DEFAULT_CACHE
    state_dir: Path | None = None  # None: a fresh temporary folder, removed on stop
    port: int = 0  # 0: a free port
    sasl_users: dict[str, str] = field(default_factory=dict)  # user -> password
    tls: bool = False  # add an SSL listener; clients trust ``ssl_cafile``
    extra_properties: dict[str, str] = field(default_factory=dict)
    heap: str = "768m"
    bootstrap_servers: str = ""
    sasl_bootstrap_servers: str = ""
    ssl_bootstrap_servers: str = ""
    ssl_cafile: Path | None = None  # the broker's self-signed certificate (PEM)
    _process: subprocess.Popen[bytes] | None = None
    _owns_state: bool = False

    def start(self, timeout: float = 90.0) -> LocalKafka:
        libs = ensure_jars(self.cache_dir)
        if self.state_dir is None:
            self.state_dir = Path(tempfile.mkdtemp(prefix="news-consumer-kafka-"))
            self._owns_state = True
        else:
            shutil.rmtree(self.state_dir, ignore_errors=True)
            self.state_dir.mkdir(parents=True)
        self.port = self.port or free_port()
        sasl_port = free_port() if self.sasl_users else 0
        ssl_port = free_port() if self.tls else 0
        self.bootstrap_servers = f"127.0.0.1:{self.port}"
        self.sasl_bootstrap_servers = f"127.0.0.1:{sasl_port}" if sasl_port else ""
        self.ssl_bootstrap_servers = f"127.0.0.1:{ssl_port}" if ssl_port else ""
        config = self.state_dir / "server.properties"
        config.write_text(self._server_properties(free_port(), sasl_port, ssl_port))
        (self.state_dir / "log4j2.yaml").write_text(
            _LOG4J2.format(log_file=self.state_dir / "broker.log")
        )
        self._format_storage(self._java(libs), config)
        self._launch(libs)
        self._wait_ready(timeout)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._owns_state and self.state_dir is not None:
            shutil.rmtree(self.state_dir, ignore_errors=True)

    def kill(self) -> None:
        """Stop the broker abruptly (SIGKILL), keeping its data: for fault tests."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()

    def restart(self, timeout: float = 90.0) -> None:
        """Start again on the same port and data after ``kill()`` (fault tests)."""
        self._launch(ensure_jars(self.cache_dir))
        self._wait_ready(timeout)

    def __enter__(self) -> LocalKafka:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def pid(self) -> int | None:
        """The broker's JVM process id while it runs (benchmarks sample its CPU)."""
        return self._process.pid if self.running and self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _java(self, libs: Path) -> list[str]:
        assert self.state_dir is not None
        return [
            "java", f"-Xmx{self.heap}", f"-Xms{self.heap}", "-XX:+UseG1GC",
            f"-Dlog4j2.configurationFile={self.state_dir / 'log4j2.yaml'}", "-cp", f"{libs}/*",
        ]  # fmt: skip

    def _launch(self, libs: Path) -> None:
        assert self.state_dir is not None
        with open(self.state_dir / "stdout.log", "ab") as stdout:
            self._process = subprocess.Popen(
                [*self._java(libs), "kafka.Kafka", str(self.state_dir / "server.properties")],
                stdout=stdout,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C in a terminal reaches us, not the broker
            )

    def _server_properties(self, controller_port: int, sasl_port: int, ssl_port: int) -> str:
        assert self.state_dir is not None
        listeners = [f"PLAINTEXT://127.0.0.1:{self.port}"]
        protocols = ["PLAINTEXT:PLAINTEXT", "CONTROLLER:PLAINTEXT"]
        if sasl_port:
            listeners.append(f"SASL_PLAINTEXT://127.0.0.1:{sasl_port}")
            protocols.append("SASL_PLAINTEXT:SASL_PLAINTEXT")
        if ssl_port:
            listeners.append(f"SSL://127.0.0.1:{ssl_port}")
            protocols.append("SSL:SSL")
        properties = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{controller_port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listeners": ",".join([*listeners, f"CONTROLLER://127.0.0.1:{controller_port}"]),
            "advertised.listeners": ",".join(listeners),
            "listener.security.protocol.map": ",".join(protocols),
            "log.dirs": str(self.state_dir / "data"),
            "num.partitions": "1",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "10",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "4",
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "false",
            "log.flush.interval.messages": "9223372036854775807",
        }
        if sasl_port:
            properties.update(self._sasl_properties())
        if ssl_port:
            properties.update(self._ssl_properties())
        properties.update(self.extra_properties)
        return "".join(f"{key}={value}\n" for key, value in properties.items())

    def _sasl_properties(self) -> dict[str, str]:
        plain_users = " ".join(f'user_{u}="{p}"' for u, p in self.sasl_users.items())
        admin_user, admin_password = next(iter(self.sasl_users.items()))
        plain = (
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            f'username="{admin_user}" password="{admin_password}" {plain_users};'
        )
        scram = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
        prefix = "listener.name.sasl_plaintext"
        return {
            "sasl.enabled.mechanisms": ",".join(SASL_MECHANISMS),
            f"{prefix}.plain.sasl.jaas.config": plain,
            f"{prefix}.scram-sha-256.sasl.jaas.config": scram,
            f"{prefix}.scram-sha-512.sasl.jaas.config": scram,
        }

    def _ssl_properties(self) -> dict[str, str]:
        """A fresh self-signed key pair for 127.0.0.1 (keytool ships with every JDK)."""
        assert self.state_dir is not None
        keystore, password = self.state_dir / "broker.p12", uuid.uuid4().hex
        self.ssl_cafile = self.state_dir / "broker-cert.pem"
        store = ["-keystore", str(keystore), "-storepass", password, "-storetype", "PKCS12"]
        for args in (
            ["-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048",
             "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1,DNS:localhost"],
            ["-exportcert", "-alias", "broker", "-rfc", "-file", str(self.ssl_cafile)],
        ):  # fmt: skip
            # keytool comes with the JDK whose "java" runs the broker.
            result = subprocess.run(["keytool", *args, *store], capture_output=True, text=True)
            if result.returncode != 0:
                raise BrokerError(f"keytool failed:\n{result.stdout}{result.stderr}")
        return {
            "ssl.keystore.location": str(keystore),
            "ssl.keystore.password": password,
            "ssl.keystore.type": "PKCS12",
            "ssl.key.password": password,
        }

    def _format_storage(self, java: list[str], config: Path) -> None:
        command = [
            *java,
            "kafka.tools.StorageTool",
            "format",
            f"--cluster-id={_cluster_id()}",  # an id may start with "-": keep it attached
            "-c",
            str(config),
        ]
        for user, password in self.sasl_users.items():
            for mechanism in SASL_MECHANISMS[1:]:
                command += ["--add-scram", f"{mechanism}=[name={user},password={password}]"]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise BrokerError(f"formatting Kafka storage failed:\n{result.stdout}{result.stderr}")

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise BrokerError(f"the broker exited early; see {self.state_dir}/broker.log")
            if _port_answers(self.port) and _metadata_answers(self.bootstrap_servers):
                return
            time.sleep(0.3)
        self.stop()
        raise BrokerError(f"the broker was not ready within {timeout:.0f}s")


def _cluster_id() -> str:
    # Kafka cluster ids are 16 random bytes in URL-safe base64 without padding.
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


def _port_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _metadata_answers(bootstrap_servers: str) -> bool:
    """Fetch cluster metadata with aiokafka in a private loop (callers may run inside a loop)."""

    async def probe() -> bool:
        from aiokafka.admin import AIOKafkaAdminClient

        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=5000)
        try:
            await admin.start()
            cluster = await admin.describe_cluster()
            return bool(cluster.get("brokers"))
        except Exception:
            return False
        finally:
            await admin.close()

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(asyncio.run, probe()).result()
