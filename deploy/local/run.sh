#!/usr/bin/env bash
# Starts the whole Sosmed system on this machine (Kafka, PostgreSQL, Keycloak, four services), no Docker.
# Builds first when the jars are missing or older than the sources. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."

stale() {
  local jar
  for jar in content-service schedule-service analytics-service community-service; do
    [ -f "$jar/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -f deploy/local/target/local-stack.jar ] && [ -d deploy/local/target/keycloak ] || return 0
  [ -z "$(find pom.xml platform platform-testing content-service schedule-service analytics-service community-service deploy/local/src deploy/local/pom.xml \
        -newer deploy/local/target/local-stack.jar \( -name '*.java' -o -name '*.properties' -o -name '*.sql' -o -name '*.json' -o -name '*.yaml' -o -name 'pom.xml' \) \
        -not -path '*/target/*' -print -quit)" ] && return 1
  return 0
}

if stale; then
  echo "Building Sosmed (first run downloads dependencies; later runs skip this when nothing changed)..."
  ./mvnw -B -q install -DskipTests
fi
exec java -XX:+UseSerialGC -Xmx64m -Dsosmed.repository="$PWD" -jar deploy/local/target/local-stack.jar "$@"
