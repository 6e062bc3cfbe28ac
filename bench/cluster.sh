#!/usr/bin/env bash
# Two Payara Micro instances of the same WAR on loopback (ports 8080 and 8081, Hazelcast bound to 127.0.0.1), one
# embedded PostgreSQL and an SMTP server (GreenMail), started and stopped by bench/Cluster.java.
#   bench/cluster.sh check [PORT_A PORT_B]   checks token, page session, writes and one-mail-per-recipient; exit 1 on failure
#   bench/cluster.sh serve [PORT_A PORT_B]   keeps the cluster running until Ctrl-C
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}; shift || true
war=wops-web/target/wops.war
out=$(pwd)/target/bench
mkdir -p "$out"
[ -f "$war" ] || ./mvnw -B -q -DskipTests package
[ -f "$out/payara-micro.jar" ] || ./mvnw -B -q -pl wops-web dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$out" -Dmdep.stripVersion=true
[ -f "$out/classpath.txt" ] || ./mvnw -B -q -pl wops-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
java -cp "$(cat "$out/classpath.txt")" bench/Cluster.java "$mode" "$war" "$out/payara-micro.jar" "$@"
