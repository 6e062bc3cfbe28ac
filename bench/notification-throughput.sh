#!/usr/bin/env bash
# Notification throughput against a plain Jakarta Mail baseline, in one run, on loopback.
#   bench/notification-throughput.sh [N]      (default N = 10000; CI uses a tiny N)
# Prints messages, baseline and platform messages per second, and their ratio. Needs the built WAR.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
war=wops-web/target/wops.war
out=$(pwd)/target/bench
mkdir -p "$out"
[ -f "$war" ] || ./mvnw -B -q -DskipTests package
./mvnw -B -q -pl wops-web dependency:copy -Dartifact=fish.payara.extras:payara-micro:6.2025.10 -DoutputDirectory="$out" -Dmdep.stripVersion=true
./mvnw -B -q -pl wops-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
java -cp "$(cat "$out/classpath.txt")" bench/NotificationThroughput.java "$n" "$war" "$out/payara-micro.jar"
