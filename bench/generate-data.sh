#!/usr/bin/env bash
# Loads a large, realistic data set into a migrated WOPs database with COPY (bench/HttpBenchmark.java generate):
# PARTNERSHIPS partnerships (7 in 10 published), PARTNERSHIPS / 10 operators, MILESTONES_EACH milestones each (default
# 10), one indicator and one approved update each.
#   bench/generate-data.sh JDBC_URL USER PASSWORD PARTNERSHIPS [MILESTONES_EACH]
#   e.g. bench/generate-data.sh jdbc:postgresql://localhost:5432/wops wops secret 100000   # 100k WOPs, 10k operators, 1M milestones
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(pwd)/target/bench
mkdir -p "$out"
[ -f "$out/classpath.txt" ] || ./mvnw -B -q -pl wops-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
java -cp "$(cat "$out/classpath.txt")" bench/HttpBenchmark.java generate "$@"
