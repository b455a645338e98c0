"""Typed configuration: defaults < config/default.toml < --config FILE < environment.

Environment variables are ``NEWS_CONSUMER_<SECTION>__<KEY>`` (e.g.
``NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS``); the plain ``KAFKA_BOOTSTRAP_SERVERS`` is honoured
too, below the namespaced one. Everything is validated once, at start-up.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from consumer.dedupe.config import DedupeConfig

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config" / "default.toml"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KafkaSettings(_Section):
    bootstrap_servers: str = "localhost:9092"
    client_id: str = "news-consumer"
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    sasl_password_file: Path | None = None  # read at start-up; wins over sasl_password
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None
    ssl_key_password: SecretStr | None = None
    ssl_check_hostname: bool = True
    request_timeout_ms: int = Field(40_000, ge=1_000)
    retry_backoff_ms: int = Field(200, ge=10)
    # Consumer
    group_id: str = "news-consumer"
    auto_offset_reset: Literal["earliest", "latest"] = "earliest"
    session_timeout_ms: int = Field(45_000, ge=6_000)
    heartbeat_interval_ms: int = Field(3_000, ge=100)
    max_poll_interval_ms: int = Field(300_000, ge=10_000)
    fetch_max_wait_ms: int = Field(100, ge=0)
    fetch_max_bytes: int = Field(52_428_800, ge=1_024)
    max_partition_fetch_bytes: int = Field(1_048_576, ge=1_024)
    max_poll_records: int = Field(500, ge=1)
    # Producer
    compression_type: Literal["none", "gzip", "snappy", "lz4", "zstd"] = "lz4"
    linger_ms: int = Field(5, ge=0)
    max_batch_size: int = Field(262_144, ge=1_024)
    max_request_size: int = Field(10_485_760, ge=1_024)

    @model_validator(mode="after")
    def _sasl_needs_credentials(self) -> KafkaSettings:
        if self.security_protocol.startswith("SASL") and not self.sasl_username:
            raise ValueError(f"security_protocol {self.security_protocol} needs sasl_username")
        return self

    def sasl_secret(self) -> str | None:
        """The SASL password, from its file when one is configured."""
        if self.sasl_password_file is not None:
            return self.sasl_password_file.read_text().strip()
        return self.sasl_password.get_secret_value() if self.sasl_password else None


class TopicSettings(_Section):
    input: str = "articles.raw"
    output: str = "articles.enriched"
    dead_letter: str = "articles.raw.dlq"
    partitions: int = Field(6, ge=1)  # used by `news-consumer topics create`
    replication_factor: int = Field(1, ge=1)


class ProcessingSettings(_Section):
    guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    mode: Literal["extract", "passthrough"] = "extract"  # passthrough: no extraction (benchmarks)
    pool_size: int = Field(0, ge=0)  # worker processes; 0 = CPU count
    article_timeout_seconds: float = Field(30.0, gt=0)
    max_in_flight_messages: int = Field(1_000, ge=1)
    max_in_flight_bytes: int = Field(134_217_728, ge=1_024)
    max_message_bytes: int = Field(10_000_000, ge=1_024)  # larger values are dead letters
    recycle_worker_after: int = Field(10_000, ge=0)  # replace a pool worker after N articles
    worker_memory_limit_mb: int = Field(2_048, ge=0)  # address-space cap per pool worker; 0 = none
    drain_timeout_seconds: float = Field(20.0, gt=0)  # < Kubernetes' grace period
    commit_interval_seconds: float = Field(1.0, gt=0)
    transactional_id_prefix: str = "news-consumer"
    event_loop: Literal["asyncio", "uvloop"] = "asyncio"  # uvloop: opt-in (runtime/event_loop.py)


class CoreSettings(_Section):
    max_input_chars: int = Field(5_000_000, ge=1_000)
    max_html_depth: int = Field(2_000, ge=10)
    enrich: bool = True
    max_keywords: int = Field(10, ge=0)
    fault_injection: bool = False  # chaos tests only; never in production


class DedupeSettings(_Section):
    """The ``[dedupe]`` section; its values are checked by ``DedupeConfig`` (one set of rules)."""

    enabled: bool = True
    backend: Literal["memory", "redis"] = "memory"
    redis_url: str = "redis://127.0.0.1:6379/0"
    key_prefix: str = "news-consumer:dedupe"
    window_size: int = 20_000
    max_age_seconds: int = 604_800
    max_hamming_distance: int = 14

    @model_validator(mode="after")
    def _valid_window(self) -> DedupeSettings:
        self.to_config()  # raises InvalidDedupeSetting (a ValueError) naming the key
        return self

    def to_config(self) -> DedupeConfig:
        return DedupeConfig(**self.model_dump())


class MetricsSettings(_Section):
    enabled: bool = True
    host: str = "0.0.0.0"
    port: int = Field(9100, ge=0, le=65535)  # 0: a free port (tests)


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["auto", "json", "console"] = "auto"  # auto: console on a terminal


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NEWS_CONSUMER_", env_nested_delimiter="__", extra="forbid"
    )
    config_files: ClassVar[tuple[Path, ...]] = (DEFAULT_CONFIG,)  # later files win

    kafka: KafkaSettings = KafkaSettings()
    topics: TopicSettings = TopicSettings()
    processing: ProcessingSettings = ProcessingSettings()
    core: CoreSettings = CoreSettings()
    dedupe: DedupeSettings = DedupeSettings()
    metrics: MetricsSettings = MetricsSettings()
    logging: LoggingSettings = LoggingSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_sources = [
            TomlConfigSettingsSource(settings_cls, path) for path in reversed(cls.config_files)
        ]
        return (init_settings, env_settings, _PlainKafkaEnv(settings_cls), *toml_sources)


class _PlainKafkaEnv(PydanticBaseSettingsSource):
    """``KAFKA_BOOTSTRAP_SERVERS``, the convention of Kafka tooling, below our own variable."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        servers = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
        return {"kafka": {"bootstrap_servers": servers}} if servers else {}


class SettingsError(Exception):
    """An invalid setting; the message names the key. The CLI exits with status 2."""


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Build and validate the settings once; ``overrides`` are section dicts (tests)."""
    if config_file is not None and not config_file.is_file():
        raise SettingsError(f"--config: no such file: {config_file}")
    settings_cls: type[Settings] = Settings
    if config_file is not None:
        settings_cls = type(
            "FileSettings", (Settings,), {"config_files": (DEFAULT_CONFIG, config_file)}
        )
    try:
        settings = settings_cls(**overrides)
        if settings.kafka.sasl_password_file is not None:
            settings.kafka.sasl_secret()  # fail now, not at the first connection
    except ValidationError as exc:
        raise SettingsError(_describe(exc)) from None
    except OSError as exc:
        raise SettingsError(f"kafka.sasl_password_file: {exc}") from None
    return settings


def _describe(exc: ValidationError) -> str:
    lines = []
    for error in exc.errors():
        key = ".".join(str(part) for part in error["loc"]) or "settings"
        lines.append(f"{key}: {error['msg']}")
    return "invalid setting: " + "; ".join(lines)
