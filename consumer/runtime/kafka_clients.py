"""Builds aiokafka clients from the settings; the only place that knows their keyword names."""

from __future__ import annotations

import ssl
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from consumer.settings import KafkaSettings


def connection_options(kafka: KafkaSettings) -> dict[str, Any]:
    """Bootstrap, security and timeouts shared by every client."""
    options: dict[str, Any] = {
        "bootstrap_servers": kafka.bootstrap_servers,
        "client_id": kafka.client_id,
        "security_protocol": kafka.security_protocol,
        "request_timeout_ms": kafka.request_timeout_ms,
        "retry_backoff_ms": kafka.retry_backoff_ms,
    }
    if kafka.security_protocol.startswith("SASL"):
        options |= {
            "sasl_mechanism": kafka.sasl_mechanism,
            "sasl_plain_username": kafka.sasl_username,
            "sasl_plain_password": kafka.sasl_secret(),
        }
    if kafka.security_protocol.endswith("SSL"):
        options["ssl_context"] = _ssl_context(kafka)
    return options


def _ssl_context(kafka: KafkaSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(kafka.ssl_cafile) if kafka.ssl_cafile else None)
    context.check_hostname = kafka.ssl_check_hostname
    if kafka.ssl_certfile:
        password = kafka.ssl_key_password.get_secret_value() if kafka.ssl_key_password else None
        context.load_cert_chain(
            str(kafka.ssl_certfile),
            str(kafka.ssl_keyfile) if kafka.ssl_keyfile else None,
            password,
        )
    return context


def build_consumer(kafka: KafkaSettings, *, read_committed: bool = False) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        **connection_options(kafka),
        group_id=kafka.group_id,
        enable_auto_commit=False,
        auto_offset_reset=kafka.auto_offset_reset,
        session_timeout_ms=kafka.session_timeout_ms,
        heartbeat_interval_ms=kafka.heartbeat_interval_ms,
        max_poll_interval_ms=kafka.max_poll_interval_ms,
        fetch_max_wait_ms=kafka.fetch_max_wait_ms,
        fetch_max_bytes=kafka.fetch_max_bytes,
        max_partition_fetch_bytes=kafka.max_partition_fetch_bytes,
        max_poll_records=kafka.max_poll_records,
        isolation_level="read_committed" if read_committed else "read_uncommitted",
    )


def build_producer(
    kafka: KafkaSettings, *, transactional_id: str | None = None
) -> AIOKafkaProducer:
    compression = None if kafka.compression_type == "none" else kafka.compression_type
    return AIOKafkaProducer(
        **connection_options(kafka),
        acks="all",
        enable_idempotence=True,
        transactional_id=transactional_id,
        compression_type=compression,
        linger_ms=kafka.linger_ms,
        max_batch_size=kafka.max_batch_size,
        max_request_size=kafka.max_request_size,
    )


def build_admin(kafka: KafkaSettings) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(**connection_options(kafka))
