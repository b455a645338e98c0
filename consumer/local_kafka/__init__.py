"""A real Apache Kafka broker for local runs and tests (not used by the service itself)."""

from consumer.local_kafka.broker import BrokerError, LocalKafka, ensure_jars, free_port

__all__ = ["BrokerError", "LocalKafka", "ensure_jars", "free_port"]
