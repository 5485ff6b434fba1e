#!/usr/bin/env bash
# Offline validation of the deployment manifests:
#   1. yamllint (config: .yamllint) over deploy/k8s and deploy/compose
#   2. `kubectl kustomize` renders deploy/k8s/base and every overlay in
#      deploy/k8s/overlays/ without error
#   3. every rendered overlay parses as YAML and holds what Sosmed needs:
#      Strimzi Kafka (KRaft, node pools) + KafkaNodePool + the 10 KafkaTopics,
#      one CloudNativePG Cluster creating the 4 service databases, 5
#      Deployments (4 services + Keycloak) with probes and resources, the realm
#      ConfigMap, and every ConfigMap/Secret reference resolvable
#   4. deploy/compose/docker-compose.yml parses and names the expected
#      services; `docker compose config` / `docker-compose config` also runs
#      when one of them is installed (neither needs a Docker daemon for it)
# Needs: bash, python3, kubectl (>= 1.27, bundles kustomize v5). Installs
# yamllint (and with it python3-yaml) from Debian when missing and run as root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${ROOT}"

log() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools ---------------------------------------------------------------
if ! command -v yamllint >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing yamllint (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 apt-get install -y -qq yamllint >/dev/null
  else
    die "yamllint not found: install it (apt-get install yamllint / pip install yamllint) or run as root"
  fi
fi
command -v kubectl >/dev/null 2>&1 || die "kubectl not found (needed for 'kubectl kustomize')"
command -v python3 >/dev/null 2>&1 || die "python3 not found"
python3 -c 'import yaml' 2>/dev/null || die "python3 module 'yaml' missing (Debian: python3-yaml)"

WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT

# --- 1. yamllint -----------------------------------------------------------
log "yamllint $(yamllint --version | awk '{print $2}') on deploy/k8s deploy/compose"
yamllint --strict -c "${ROOT}/.yamllint" deploy/k8s deploy/compose
log "yamllint: ok"

# --- 2. render ---------------------------------------------------------------
# The realm ConfigMap is generated from deploy/realm/sosmed-realm.json, outside
# the kustomization root, hence LoadRestrictionsNone (see deploy/k8s/README.md).
render() {
  kubectl kustomize --load-restrictor LoadRestrictionsNone "$1" > "$2" \
    || die "kubectl kustomize failed for $1"
}

log "kubectl kustomize deploy/k8s/base"
render deploy/k8s/base "${WORK}/base.yaml"

overlays=()
for dir in deploy/k8s/overlays/*/; do
  [ -f "${dir}kustomization.yaml" ] && overlays+=("${dir%/}")
done
[ "${#overlays[@]}" -gt 0 ] || die "no overlay found under deploy/k8s/overlays"

# --- 3. check rendered output ----------------------------------------------
for overlay in "${overlays[@]}"; do
  name="$(basename "${overlay}")"
  log "kubectl kustomize ${overlay}"
  render "${overlay}" "${WORK}/${name}.yaml"
  python3 - "${WORK}/${name}.yaml" "${name}" <<'PY'
import json
import sys
from collections import Counter

import yaml

path, overlay = sys.argv[1], sys.argv[2]
errors = []
with open(path) as fh:
    docs = [d for d in yaml.safe_load_all(fh) if d]

kinds = Counter(d.get("kind") for d in docs)
by_kind = {}
for d in docs:
    by_kind.setdefault(d.get("kind"), []).append(d)


def named(kind):
    return {d["metadata"]["name"]: d for d in by_kind.get(kind, [])}


def expect(cond, msg):
    if not cond:
        errors.append(msg)


for d in docs:
    expect(d.get("apiVersion") and d.get("kind") and d.get("metadata", {}).get("name"),
           f"object without apiVersion/kind/name: {str(d)[:80]}")
    if d.get("kind") != "Namespace":
        expect(d.get("metadata", {}).get("namespace") == "sosmed",
               f"{d.get('kind')}/{d['metadata'].get('name')} not in namespace sosmed")

expect("sosmed" in named("Namespace"), "Namespace sosmed missing")

# Strimzi: Kafka in KRaft mode with node pools
kafkas = by_kind.get("Kafka", [])
expect(len(kafkas) == 1, f"expected 1 Kafka, got {len(kafkas)}")
cluster_name = kafkas[0]["metadata"]["name"] if kafkas else None
for k in kafkas:
    ann = k["metadata"].get("annotations", {})
    expect(k["apiVersion"] == "kafka.strimzi.io/v1beta2", "Kafka apiVersion must be kafka.strimzi.io/v1beta2")
    expect(ann.get("strimzi.io/kraft") == "enabled", "Kafka lacks annotation strimzi.io/kraft: enabled")
    expect(ann.get("strimzi.io/node-pools") == "enabled", "Kafka lacks annotation strimzi.io/node-pools: enabled")
    expect("zookeeper" not in k.get("spec", {}), "Kafka must not configure ZooKeeper")
    expect("topicOperator" in k.get("spec", {}).get("entityOperator", {}), "Kafka needs entityOperator.topicOperator for KafkaTopics")
pools = by_kind.get("KafkaNodePool", [])
expect(len(pools) >= 1, "expected at least 1 KafkaNodePool")
roles = set()
for p in pools:
    expect(p["metadata"].get("labels", {}).get("strimzi.io/cluster") == cluster_name,
           f"KafkaNodePool {p['metadata']['name']} not labelled strimzi.io/cluster={cluster_name}")
    roles.update(p["spec"].get("roles", []))
    expect(p["spec"].get("replicas", 0) >= 1, f"KafkaNodePool {p['metadata']['name']} has no replicas")
expect({"controller", "broker"} <= roles, f"node pools must provide controller and broker roles, got {sorted(roles)}")

event_topics = ["post-lifecycle", "channel-events", "engagement-metrics", "inbox-events", "workspace-events"]
want_topics = set(event_topics) | {t + ".dlq" for t in event_topics}
topics = by_kind.get("KafkaTopic", [])
expect(len(topics) == 10, f"expected 10 KafkaTopics, got {len(topics)}")
got_topics = set()
for t in topics:
    got_topics.add(t["spec"].get("topicName", t["metadata"]["name"]))
    expect(t["metadata"].get("labels", {}).get("strimzi.io/cluster") == cluster_name,
           f"KafkaTopic {t['metadata']['name']} not labelled strimzi.io/cluster={cluster_name}")
    expect(t["spec"].get("partitions") == 3, f"KafkaTopic {t['metadata']['name']} must have 3 partitions")
    nodes = sum(p["spec"].get("replicas", 0) for p in pools if "broker" in p["spec"].get("roles", []))
    expect(1 <= t["spec"].get("replicas", 0) <= nodes,
           f"KafkaTopic {t['metadata']['name']} replicas {t['spec'].get('replicas')} vs {nodes} broker(s)")
expect(got_topics == want_topics, f"topic names differ: missing {sorted(want_topics - got_topics)}, extra {sorted(got_topics - want_topics)}")

# CloudNativePG: one Cluster that creates the four service databases
pgs = [d for d in by_kind.get("Cluster", []) if d["apiVersion"] == "postgresql.cnpg.io/v1"]
expect(len(pgs) == 1, f"expected 1 postgresql.cnpg.io/v1 Cluster, got {len(pgs)}")
databases = set()
for pg in pgs:
    initdb = pg["spec"].get("bootstrap", {}).get("initdb", {})
    databases.add(initdb.get("database"))
    for stmt in initdb.get("postInitSQL", []):
        words = stmt.split()
        if [w.upper() for w in words[:2]] == ["CREATE", "DATABASE"]:
            databases.add(words[2])
for db in ("content", "schedule", "analytics", "community"):
    expect(db in databases, f"Cluster bootstrap does not create database {db}")
pg_rw = {pg["metadata"]["name"] + "-rw" for pg in pgs}

# Deployments: 4 services + Keycloak
deployments = named("Deployment")
services = named("Service")
want_deploy = {"content-service": 8081, "schedule-service": 8082,
               "analytics-service": 8083, "community-service": 8084, "keycloak": 8080}
expect(set(deployments) == set(want_deploy), f"Deployments {sorted(deployments)} != {sorted(want_deploy)}")
configmaps = named("ConfigMap")
secrets = named("Secret")
missing_secrets = set()
for dname, port in want_deploy.items():
    dep = deployments.get(dname)
    if dep is None:
        continue
    expect(dname in services and any(p["port"] == port for p in services[dname]["spec"]["ports"]),
           f"Service {dname} with port {port} missing")
    env_all = {}
    for c in dep["spec"]["template"]["spec"]["containers"]:
        for probe in ("readinessProbe", "livenessProbe"):
            expect(probe in c, f"{dname}/{c['name']} has no {probe}")
        res = c.get("resources", {})
        expect(res.get("requests", {}).get("memory") and res.get("limits", {}).get("memory"),
               f"{dname}/{c['name']} needs memory requests and limits")
        for ef in c.get("envFrom", []):
            if "configMapRef" in ef:
                cm = ef["configMapRef"]["name"]
                expect(cm in configmaps, f"{dname}: ConfigMap {cm} not rendered")
                env_all.update(configmaps.get(cm, {}).get("data", {}))
            if "secretRef" in ef and ef["secretRef"]["name"] not in secrets:
                missing_secrets.add(ef["secretRef"]["name"])
        for e in c.get("env", []):
            ref = e.get("valueFrom", {}).get("secretKeyRef")
            if ref:
                sec = secrets.get(ref["name"])
                if sec is None:
                    missing_secrets.add(ref["name"])
                else:
                    keys = set(sec.get("data", {})) | set(sec.get("stringData", {}))
                    expect(ref["key"] in keys, f"{dname}: Secret {ref['name']} has no key {ref['key']}")
            elif "value" in e:
                env_all[e["name"]] = e["value"]
            else:
                env_all.setdefault(e["name"], "<ref>")
    if dname.endswith("-service"):
        db = dname[: -len("-service")]
        url = env_all.get("QUARKUS_DATASOURCE_JDBC_URL", "")
        expect(url.endswith("/" + db) and any(h in url for h in pg_rw),
               f"{dname}: QUARKUS_DATASOURCE_JDBC_URL '{url}' must point at {sorted(pg_rw)}/{db}")
        for var in ("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_AUTH_SERVER_URL", "SOSMED_CORS_ORIGINS"):
            expect(var in env_all, f"{dname}: {var} not configured")
        expect(cluster_name and env_all.get("KAFKA_BOOTSTRAP_SERVERS", "").startswith(cluster_name + "-kafka-bootstrap"),
               f"{dname}: KAFKA_BOOTSTRAP_SERVERS should be {cluster_name}-kafka-bootstrap:9092")
    if dname == "schedule-service":
        expect(any(e["name"] == "SOSMED_SECRETS_KEY" and "secretKeyRef" in e.get("valueFrom", {})
                   for c in dep["spec"]["template"]["spec"]["containers"] for e in c.get("env", [])),
               "schedule-service: SOSMED_SECRETS_KEY must come from a Secret")
    # volumes referencing ConfigMaps
    for v in dep["spec"]["template"]["spec"].get("volumes", []):
        if "configMap" in v:
            expect(v["configMap"]["name"] in configmaps, f"{dname}: volume ConfigMap {v['configMap']['name']} not rendered")

# secrets CloudNativePG reads
for pg in pgs:
    sec = pg["spec"].get("bootstrap", {}).get("initdb", {}).get("secret", {}).get("name")
    if sec and sec not in secrets:
        missing_secrets.add(sec)
    for role in pg["spec"].get("managed", {}).get("roles", []):
        sec = role.get("passwordSecret", {}).get("name")
        if sec and sec not in secrets:
            missing_secrets.add(sec)
        elif sec:
            s = secrets[sec]
            expect(s.get("type") == "kubernetes.io/basic-auth", f"Secret {sec} must be kubernetes.io/basic-auth")

# realm ConfigMap
realm_cms = [cm for cm in configmaps.values() if "sosmed-realm.json" in cm.get("data", {})]
expect(len(realm_cms) == 1, "ConfigMap with sosmed-realm.json missing")
for cm in realm_cms:
    expect(json.loads(cm["data"]["sosmed-realm.json"]).get("realm") == "sosmed", "realm JSON is not realm 'sosmed'")

# An overlay either generates every Secret (dev) or none (secrets created out of band).
if secrets and missing_secrets:
    errors.append(f"overlay renders Secrets but not these referenced ones: {sorted(missing_secrets)}")

summary = ", ".join(f"{k} x{v}" for k, v in sorted(kinds.items()))
if errors:
    print(f"  [{overlay}] FAILED:", file=sys.stderr)
    for e in errors:
        print(f"    - {e}", file=sys.stderr)
    sys.exit(1)
print(f"  [{overlay}] {len(docs)} objects: {summary}")
if missing_secrets:
    print(f"  [{overlay}] Secrets to create in the cluster before applying: {', '.join(sorted(missing_secrets))}")
PY
done

# --- 4. compose ----------------------------------------------------------------
COMPOSE=deploy/compose/docker-compose.yml
log "checking ${COMPOSE}"
python3 - "${COMPOSE}" <<'PY'
import sys

import yaml

with open(sys.argv[1]) as fh:
    doc = yaml.safe_load(fh)
services = doc.get("services", {})
want = {"kafka", "kafka-init", "postgres", "keycloak",
        "content-service", "schedule-service", "analytics-service", "community-service"}
missing = want - set(services)
if missing:
    sys.exit(f"compose: services missing: {sorted(missing)}")
for name in want - {"kafka-init"}:
    if "healthcheck" not in services[name]:
        sys.exit(f"compose: {name} has no healthcheck")
for name in ("content-service", "schedule-service", "analytics-service", "community-service"):
    svc = services[name]
    if svc.get("build", {}).get("args", {}).get("SERVICE") != name:
        sys.exit(f"compose: {name} must build deploy/docker/Dockerfile.jvm with SERVICE={name}")
    for dep, cond in svc.get("depends_on", {}).items():
        if "condition" not in cond:
            sys.exit(f"compose: {name} depends_on {dep} without condition")
print(f"  compose: {len(services)} services ok")
PY
if docker compose version >/dev/null 2>&1; then
  log "docker compose config"
  docker compose -f "${COMPOSE}" config -q
elif command -v docker-compose >/dev/null 2>&1; then
  log "docker-compose config"
  docker-compose -f "${COMPOSE}" config -q
else
  log "no docker compose client installed: skipped 'compose config'"
fi

log "all manifest checks passed"
