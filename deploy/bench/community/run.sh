#!/usr/bin/env bash
# Inbox list at 1,000,000 items: builds community-service's schema from its Flyway migrations in a throwaway
# PostgreSQL (127.0.0.1 only), generates the data (generate.sql) and measures every query in queries/ with pgbench
# (one client, N runs; p50/p95 from the per-transaction log) plus one EXPLAIN ANALYZE per single-statement query,
# written to results/.
# Needs PostgreSQL 13+ binaries (initdb, pg_ctl, psql, pgbench) with the unaccent extension on the PATH or PG_BIN.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
runs="${RUNS:-200}"
port="${PORT:-55432}"
bin="${PG_BIN:-$(dirname "$(command -v initdb)")}"
data="$(mktemp -d)"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # initdb and postgres refuse to run as root: run them as nobody.
  chown nobody "$data"
  as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi
if [ -z "${KEEP:-}" ]; then
  trap '"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$data"' EXIT
else
  echo "KEEP set: server stays up on 127.0.0.1:$port, data in $data"
fi

"${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" -l "$data/log" -w start >/dev/null
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres
"$bin/psql" -q -c "create database community"
export PGDATABASE=community
migrations="$root/community-service/src/main/resources/db/migration"
for migration in "$root/platform/src/main/resources/db/platform/"V*.sql \
                 $(cd "$migrations" && ls V*.sql | sort -V | sed "s#^#$migrations/#"); do
  "$bin/psql" -q -v ON_ERROR_STOP=1 -f "$migration"
done
start=$(date +%s)
"$bin/psql" -q -f "$here/generate.sql"
echo "data generated in $(( $(date +%s) - start ))s"

mkdir -p "$here/results"
summary="$here/results/summary.md"
{
  echo "| query | runs | p50 ms | p95 ms | max ms |"
  echo "|---|---:|---:|---:|---:|"
} > "$summary"
"$bin/psql" -q -o /dev/null -c "select count(*) from inbox_item" -c "select count(*) from conversation"
for query in "$here"/queries/*.sql; do
  name="$(basename "$query" .sql)"
  if [ "$(grep -c ';' "$query")" = 1 ]; then
    { echo "explain (analyze, buffers)"; cat "$query"; } | "$bin/psql" -q > "$here/results/$name.plan.txt"
  fi
  logdir="$(mktemp -d)"
  (cd "$logdir" && "$bin/pgbench" -n -c 1 -t "$runs" -f "$query" -l >/dev/null 2>&1)
  sort -n -k3 "$logdir"/pgbench_log.* | awk -v name="$name" '{ v[NR] = $3 / 1000 } END {
      printf "| %s | %d | %.2f | %.2f | %.2f |\n", name, NR, v[int(NR * 0.5)], v[int(NR * 0.95)], v[NR] }' >> "$summary"
  rm -rf "$logdir"
done
cat "$summary"
