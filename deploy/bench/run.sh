#!/usr/bin/env bash
# Runs the benchmarks against the real stack: starts Kafka, PostgreSQL, Keycloak and the four services with fresh data
# (ports as for deploy/local/run.sh, so stop a running local stack first), runs each scenario and writes JSON to
# deploy/bench/results/. Usage: deploy/bench/run.sh [scenario ...]   (no argument: every scenario)
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Building Sosmed and the benchmarks..."
./mvnw -B -q install -DskipTests
export SCHEDULE_PUBLISHING_WORKERS="${SCHEDULE_PUBLISHING_WORKERS:-64}"
# The load generator compiles with C1 only: its JIT would otherwise take CPU from the stack it measures.
exec java -Xmx2g -XX:TieredStopAtLevel=1 -Dsosmed.repository="$PWD" -jar deploy/bench/target/bench.jar "$@"
