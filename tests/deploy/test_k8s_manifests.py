"""The Kustomize overlays render, validate against the Kubernetes and CRD schemas offline, and
agree with the service: settings load, probes, drain deadline, partitions, labels."""

from __future__ import annotations

import json
import os
import tomllib
from copy import deepcopy
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest

from consumer.settings import Settings, load_settings
from tests.deploy.support import DEPLOY, OVERLAYS, only

Objects = dict[str, list[dict[str, Any]]]
# The oldest Kubernetes the manifests support (matchLabelKeys, unhealthyPodEvictionPolicy) and
# the newest schema kubernetes-validate ships.
KUBERNETES_VERSIONS = ("1.29.0", kubernetes_validate.latest_version())
CRD_SCHEMAS = DEPLOY / "schemas"
# Trigger metadata the KEDA Kafka scaler reads (keda.sh/docs, scalers/apache-kafka).
KEDA_KAFKA_METADATA = {
    "bootstrapServers", "bootstrapServersFromEnv", "consumerGroup", "consumerGroupFromEnv",
    "topic", "topicFromEnv", "partitionLimitation", "lagThreshold", "activationLagThreshold",
    "offsetResetPolicy", "allowIdleConsumers", "excludePersistentLag",
    "scaleToZeroOnInvalidOffset", "limitToPartitionsWithLag",
    "ensureEvenDistributionOfPartitions", "version", "sasl", "tls", "unsafeSsl",
}  # fmt: skip


def crd_schema(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The vendored JSON schema of a custom resource, None for built-in kinds."""
    group, _, version = obj["apiVersion"].rpartition("/")
    if "." not in group or group.endswith(".k8s.io"):
        return None
    path = CRD_SCHEMAS / group / f"{obj['kind'].lower()}_{version}.json"
    assert path.is_file(), f"no schema for {obj['apiVersion']} {obj['kind']} at {path}"
    schema: dict[str, Any] = json.loads(path.read_text())
    return schema


def crd_errors(obj: dict[str, Any]) -> list[str]:
    schema = crd_schema(obj)
    assert schema is not None
    return [error.message for error in jsonschema.Draft7Validator(schema).iter_errors(obj)]


def worker_container(objects: list[dict[str, Any]]) -> dict[str, Any]:
    container: dict[str, Any] = only(objects, "Deployment")["spec"]["template"]["spec"][
        "containers"
    ][0]
    return container


def effective_settings(
    objects: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Settings:
    """The settings a pod of this overlay starts with: its config file and its environment."""
    config_map = next(
        obj for obj in objects
        if obj["kind"] == "ConfigMap" and "config.toml" in obj.get("data", {})
    )  # fmt: skip
    config_file = tmp_path / "config.toml"
    config_file.write_text(config_map["data"]["config.toml"])
    env = env_of(objects)
    if "NEWS_CONSUMER_KAFKA__SASL_PASSWORD_FILE" in env:  # the mounted Secret, faked here
        secret = tmp_path / "password"
        secret.write_text("not-a-real-password\n")
        env["NEWS_CONSUMER_KAFKA__SASL_PASSWORD_FILE"] = str(secret)
    env.setdefault("NEWS_CONSUMER_KAFKA__SASL_USERNAME", "from-the-secret")
    for name in [n for n in os.environ if n.startswith("NEWS_CONSUMER_")]:
        monkeypatch.delenv(name)
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return load_settings(config_file)


def env_of(objects: list[dict[str, Any]]) -> dict[str, str]:
    """Literal environment of the worker container: envFrom ConfigMaps, then plain values."""
    container = worker_container(objects)
    config_maps = {obj["metadata"]["name"]: obj for obj in objects if obj["kind"] == "ConfigMap"}
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        env.update(config_maps[source["configMapRef"]["name"]]["data"])
    for item in container.get("env", []):
        if "value" in item:
            env[item["name"]] = item["value"]
    return env


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("overlay", OVERLAYS)
def test_builtin_objects_match_the_kubernetes_schema(
    rendered: Objects, overlay: str, version: str
) -> None:
    checked = 0
    for obj in rendered[overlay]:
        if crd_schema(obj) is not None:
            continue
        try:
            kubernetes_validate.validate(obj, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{overlay}: {obj['kind']} {obj['metadata']['name']}: {exc}")
        checked += 1
    assert checked >= 7


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_custom_resources_match_their_published_schemas(rendered: Objects, overlay: str) -> None:
    custom = [obj for obj in rendered[overlay] if crd_schema(obj) is not None]
    kinds = {obj["kind"] for obj in custom}
    assert {"ServiceMonitor", "PrometheusRule"} <= kinds
    assert ("ScaledObject" in kinds) == (overlay != "prod-hpa")
    for obj in custom:
        assert crd_errors(obj) == [], f"{overlay}: {obj['kind']} {obj['metadata']['name']}"


def test_both_validators_reject_a_broken_object(rendered: Objects) -> None:
    deployment = deepcopy(only(rendered["prod"], "Deployment"))
    deployment["spec"]["template"]["spec"]["terminationGracePeriod"] = 45  # misspelt field
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[0], strict=True)
    scaled = deepcopy(only(rendered["prod"], "ScaledObject"))
    scaled["spec"]["maxReplicas"] = 6  # the HPA's name, not KEDA's
    assert crd_errors(scaled)
    rule = deepcopy(only(rendered["prod"], "PrometheusRule"))
    rule["spec"]["groups"][0]["rules"][0]["expresion"] = "up"
    assert crd_errors(rule)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_pods_start_with_valid_settings(
    rendered: Objects, overlay: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = effective_settings(rendered[overlay], tmp_path, monkeypatch)
    pod = only(rendered[overlay], "Deployment")["spec"]["template"]["spec"]
    # The drain must end well before Kubernetes sends SIGKILL.
    assert pod["terminationGracePeriodSeconds"] >= settings.processing.drain_timeout_seconds + 15
    # pool_size 0 would count the node's CPUs, not the container's.
    assert settings.processing.pool_size >= 1
    cpu = worker_container(rendered[overlay])["resources"]["requests"]["cpu"]
    cpu_cores = float(cpu[:-1]) / 1000 if cpu.endswith("m") else float(cpu)
    assert settings.processing.pool_size <= max(1.0, cpu_cores)
    assert settings.metrics.port == 9100 and settings.metrics.host == "0.0.0.0"
    assert settings.logging.format == "json"


def test_prod_talks_sasl_ssl_with_the_password_from_a_file(
    rendered: Objects, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = effective_settings(rendered["prod"], tmp_path, monkeypatch)
    assert settings.kafka.security_protocol == "SASL_SSL"
    assert settings.kafka.sasl_secret() == "not-a-real-password"
    env = env_of(rendered["prod"])
    mount = next(
        m["mountPath"] for m in worker_container(rendered["prod"])["volumeMounts"]
        if m["name"] == "kafka-credentials"
    )  # fmt: skip
    assert env["NEWS_CONSUMER_KAFKA__SASL_PASSWORD_FILE"] == f"{mount}/password"
    assert not any(
        "PASSWORD" in item["name"] and "valueFrom" in item
        for item in worker_container(rendered["prod"])["env"]
    ), "no secret in env"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_probes_security_resources_and_spread(rendered: Objects, overlay: str) -> None:
    pod = only(rendered[overlay], "Deployment")["spec"]["template"]["spec"]
    container = worker_container(rendered[overlay])
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
    ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert ports == {"metrics": 9100}
    security = container["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    mounts = {mount["mountPath"] for mount in container["volumeMounts"]}
    assert "/tmp" in mounts, "a writable /tmp beside the read-only root"
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= container["resources"][kind].keys()
    keys = {c["topologyKey"] for c in pod["topologySpreadConstraints"]}
    assert keys == {"topology.kubernetes.io/zone", "kubernetes.io/hostname"}
    assert "replicas" not in only(rendered[overlay], "Deployment")["spec"], "the autoscaler owns it"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_references_resolve_and_selectors_match(rendered: Objects, overlay: str) -> None:
    objects = rendered[overlay]
    deployment = only(objects, "Deployment")
    pod = deployment["spec"]["template"]
    pod_labels = pod["metadata"]["labels"]
    names = {(obj["kind"], obj["metadata"]["name"]) for obj in objects}
    namespaces = {obj["metadata"].get("namespace") for obj in objects if obj["kind"] != "Namespace"}
    assert len(namespaces) == 1 and ("Namespace", namespaces.pop()) in names
    for volume in pod["spec"]["volumes"]:
        if "configMap" in volume:
            assert ("ConfigMap", volume["configMap"]["name"]) in names
    for source in worker_container(objects)["envFrom"]:
        assert ("ConfigMap", source["configMapRef"]["name"]) in names
    assert ("ServiceAccount", pod["spec"]["serviceAccountName"]) in names

    def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
        return all(labels.get(key) == value for key, value in selector.items())

    assert selects(deployment["spec"]["selector"]["matchLabels"], pod_labels)
    service = only(objects, "Service")
    assert selects(service["spec"]["selector"], pod_labels)
    assert selects(
        only(objects, "PodDisruptionBudget")["spec"]["selector"]["matchLabels"], pod_labels
    )
    monitor = only(objects, "ServiceMonitor")
    assert selects(monitor["spec"]["selector"]["matchLabels"], service["metadata"]["labels"])
    service_ports = {port["name"] for port in service["spec"]["ports"]}
    assert {endpoint["port"] for endpoint in monitor["spec"]["endpoints"]} <= service_ports
    for constraint in pod["spec"]["topologySpreadConstraints"]:
        assert selects(constraint["labelSelector"]["matchLabels"], pod_labels)
    for obj in objects:
        if obj["kind"] != "Namespace":
            labels = obj["metadata"].get("labels", {})
            assert labels.get("app.kubernetes.io/name") == "news-consumer", obj["kind"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_autoscaling_stays_within_the_input_partitions(
    rendered: Objects, overlay: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = effective_settings(rendered[overlay], tmp_path, monkeypatch)
    partitions = settings.topics.partitions
    if overlay == "prod-hpa":
        hpa = only(rendered[overlay], "HorizontalPodAutoscaler")["spec"]
        assert 1 <= hpa["minReplicas"] <= hpa["maxReplicas"] <= partitions
        assert (
            hpa["scaleTargetRef"]["name"]
            == only(rendered[overlay], "Deployment")["metadata"]["name"]
        )
        assert not [obj for obj in rendered[overlay] if obj["apiVersion"].startswith("keda.sh/")]
        return
    scaled = only(rendered[overlay], "ScaledObject")["spec"]
    assert 0 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"] <= partitions
    assert (
        scaled["scaleTargetRef"]["name"]
        == only(rendered[overlay], "Deployment")["metadata"]["name"]
    )


@pytest.mark.parametrize("overlay", ["dev", "prod"])
def test_keda_reads_the_workers_own_kafka_settings(
    rendered: Objects, overlay: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = effective_settings(rendered[overlay], tmp_path, monkeypatch)
    (trigger,) = only(rendered[overlay], "ScaledObject")["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    metadata = trigger["metadata"]
    assert set(metadata) <= KEDA_KAFKA_METADATA, set(metadata) - KEDA_KAFKA_METADATA
    env = env_of(rendered[overlay])
    resolved = {
        "bootstrapServers": env[metadata["bootstrapServersFromEnv"]],
        "consumerGroup": env[metadata["consumerGroupFromEnv"]],
        "topic": env[metadata["topicFromEnv"]],
    }
    assert resolved == {
        "bootstrapServers": settings.kafka.bootstrap_servers,
        "consumerGroup": settings.kafka.group_id,
        "topic": settings.topics.input,
    }
    assert metadata["offsetResetPolicy"] == settings.kafka.auto_offset_reset
    assert int(metadata["lagThreshold"]) > int(metadata["activationLagThreshold"]) >= 0
    assert metadata["allowIdleConsumers"] == "false"


def test_prod_keda_and_worker_share_one_required_secret(rendered: Objects) -> None:
    objects = rendered["prod"]
    auth = only(objects, "TriggerAuthentication")
    (trigger,) = only(objects, "ScaledObject")["spec"]["triggers"]
    assert trigger["authenticationRef"]["name"] == auth["metadata"]["name"]
    refs = {(ref["parameter"], ref["name"], ref["key"]) for ref in auth["spec"]["secretTargetRef"]}
    secret_names = {name for _, name, _ in refs}
    assert {parameter for parameter, _, _ in refs} == {"sasl", "username", "password", "tls"}
    pod = only(objects, "Deployment")["spec"]["template"]["spec"]
    volume = next(v for v in pod["volumes"] if v["name"] == "kafka-credentials")
    assert secret_names == {volume["secret"]["secretName"]}
    assert volume["secret"]["optional"] is False
    env = {item["name"]: item for item in worker_container(objects)["env"]}
    username = env["NEWS_CONSUMER_KAFKA__SASL_USERNAME"]
    assert username["valueFrom"]["secretKeyRef"]["name"] in secret_names


def test_base_config_file_uses_only_known_keys() -> None:
    for path in (DEPLOY / "k8s").rglob("config.toml"):
        sections = tomllib.loads(path.read_text())
        for section, values in sections.items():
            model = type(getattr(Settings(), section))
            unknown = set(values) - set(model.model_fields)
            assert not unknown, f"{path}: [{section}] {unknown}"
