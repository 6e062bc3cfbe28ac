#!/usr/bin/env bash
# The platform under HTTP load, against the no-op /api/v1/ping measured in the same run (bench/HttpBenchmark.java).
#   bench/http-benchmark.sh load PARTNERSHIPS [SECONDS]   search, detail, statistics, operator list at 64 connections
#   bench/http-benchmark.sh growth SIZE...                 the same search at each size, p50 ratio to the smallest
#   bench/http-benchmark.sh startup [ROUNDS]               time to /health/ready against a bare Payara Micro
#   bench/http-benchmark.sh soak PARTNERSHIPS SECONDS      reads and writes mixed; errors, 5xx and RSS over time
#   bench/http-benchmark.sh import ROWS                    the operator CSV import: 1,000 rows, then ROWS, rows/s and ratio
# BENCH_ONLY=word,word measures only the endpoints whose label holds one (a profile of one endpoint with BENCH_JVM_OPTS).
# Needs wrk (apt-get install wrk) and the built WAR; starts an embedded PostgreSQL and Payara Micro on loopback, and
# stops them. CI runs every mode on a tiny size (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-load}; shift || true
war=wops-web/target/wops.war
out=$(pwd)/target/bench
mkdir -p "$out"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
[ -f "$war" ] || ./mvnw -B -q -DskipTests package
[ -f "$out/payara-micro.jar" ] || ./mvnw -B -q -pl wops-web dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$out" -Dmdep.stripVersion=true
[ -f "$out/classpath.txt" ] || ./mvnw -B -q -pl wops-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
java -cp "$(cat "$out/classpath.txt")" bench/HttpBenchmark.java "$mode" "$war" "$out/payara-micro.jar" "$@"
