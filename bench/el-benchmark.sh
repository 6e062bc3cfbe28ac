#!/usr/bin/env bash
# The pages' method expressions: the standard EL resolvers (baseline) against CachedMethodELResolver in front of them,
# in one run. bench/el-benchmark.sh [N] [ROUNDS]   (default 200000 5; CI runs a tiny N)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(pwd)/target/bench
mkdir -p "$out"
./mvnw -B -q -pl wops-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/el-classpath.txt"
[ -d wops-web/target/classes/org/wops/web/pages ] || ./mvnw -B -q -pl wops-web -am -DskipTests compile
java -cp "wops-web/target/classes:$(cat "$out/el-classpath.txt")" bench/ElMethodBenchmark.java "${1:-200000}" "${2:-5}"
