"""Configuration layers and validation: defaults < file < environment; errors name the key."""

from __future__ import annotations

import pytest

from consumer.cli import main
from consumer.settings import SettingsError, load_settings


def test_defaults_match_the_documented_file():
    settings = load_settings()
    assert settings.topics.input == "articles.raw"
    assert settings.kafka.group_id == "news-consumer"
    assert settings.kafka.auto_offset_reset == "earliest"
    assert settings.metrics.port == 9100


def test_file_then_environment_override(tmp_path, monkeypatch):
    config = tmp_path / "c.toml"
    config.write_text('[kafka]\ngroup_id = "from-file"\n[processing]\npool_size = 3\n')
    monkeypatch.setenv("NEWS_CONSUMER_PROCESSING__POOL_SIZE", "5")
    settings = load_settings(config)
    assert settings.kafka.group_id == "from-file"
    assert settings.processing.pool_size == 5


def test_plain_kafka_bootstrap_variable_is_honoured_below_ours(monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "plain:9092")
    assert load_settings().kafka.bootstrap_servers == "plain:9092"
    monkeypatch.setenv("NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS", "ours:9092")
    assert load_settings().kafka.bootstrap_servers == "ours:9092"


@pytest.mark.parametrize(
    ("variable", "value", "key"),
    [
        ("NEWS_CONSUMER_PROCESSING__POOL_SIZE", "-1", "processing.pool_size"),
        ("NEWS_CONSUMER_KAFKA__COMPRESSION_TYPE", "brotli", "kafka.compression_type"),
        ("NEWS_CONSUMER_PROCESSING__GUARANTEE", "maybe", "processing.guarantee"),
    ],
)
def test_invalid_value_names_the_key(monkeypatch, variable, value, key):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=key):
        load_settings()


def test_unknown_key_in_file_is_refused(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("[kafka]\nbootstrap_server = 'typo:9092'\n")
    with pytest.raises(SettingsError, match=r"kafka\.bootstrap_server"):
        load_settings(config)


def test_sasl_needs_a_username(monkeypatch):
    monkeypatch.setenv("NEWS_CONSUMER_KAFKA__SECURITY_PROTOCOL", "SASL_SSL")
    with pytest.raises(SettingsError, match="sasl_username"):
        load_settings()


def test_password_file_is_read_and_never_shown(tmp_path, monkeypatch):
    secret = tmp_path / "password"
    secret.write_text("s3cret\n")
    monkeypatch.setenv("NEWS_CONSUMER_KAFKA__SASL_PASSWORD_FILE", str(secret))
    monkeypatch.setenv("NEWS_CONSUMER_KAFKA__SASL_PASSWORD", "other")
    settings = load_settings()
    assert settings.kafka.sasl_secret() == "s3cret"
    assert "other" not in repr(settings) and "s3cret" not in repr(settings)


def test_cli_exits_2_on_an_invalid_setting(monkeypatch, capsys):
    monkeypatch.setenv("NEWS_CONSUMER_METRICS__PORT", "70000")
    assert main(["process"]) == 2
    assert "metrics.port" in capsys.readouterr().err


def test_cli_exits_2_on_a_missing_config_file(tmp_path, capsys):
    assert main(["run", "--config", str(tmp_path / "missing.toml")]) == 2
    assert "no such file" in capsys.readouterr().err
