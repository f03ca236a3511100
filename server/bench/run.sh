#!/usr/bin/env bash
# Server throughput vs offline encode, 1/8/32 clients. Usage: server/bench/run.sh [requests] [levels]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl server -am test-compile
cpfile=$(mktemp)
mvn -q -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
java=java
for jdk in /usr/lib/jvm/*; do
  if [[ -x "$jdk/bin/java" ]] && "$jdk/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then java="$jdk/bin/java"; fi
done
exec "$java" --enable-native-access=ALL-UNNAMED -Dsentence4j.home="$PWD/server/target/sentence4j-home" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "server/target/test-classes:server/target/classes:$(cat "$cpfile")" dev.sentence4j.server.bench.ServerBenchmark "$@"
