#!/usr/bin/env bash
# Runs the sentence4j bench without the CLI: builds the bench module when its sources (or
# core's, tokenizers', models') changed, then runs dev.sentence4j.bench.BenchMain with the given
# options (--json, --quick, --sections, --rounds, --corpus, --profile). Build output goes to a
# log so that stdout stays the report. `./sentence4j bench ...` runs this script.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/sentence4j-bench-0.1.0-SNAPSHOT.jar"
stamp="$root/bench/target/.bench-built"

java_bin="${SENTENCE4J_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"  # the launcher passes a JDK >= 21
if [[ -z "$java_bin" || ! -x "$java_bin" ]]; then
  java_bin="$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V | tail -n1 || true)"
fi
[[ -n "$java_bin" && -x "$java_bin" ]] || java_bin="$(command -v java)"

if [[ ! -f "$jar" || ! -f "$stamp" || -n "$(find "$root"/{tokenizers,core,models,bench} -path '*/target' -prune -o \
    \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$stamp" -print -quit)" ]]; then
  echo "bench: building (about a minute)..." >&2
  mkdir -p "$root/bench/target"
  log="$root/bench/target/bench-build.log"
  (cd "$root" && mvn -B -q -DskipTests -pl bench -am package) >"$log" 2>&1 || { tail -n 40 "$log" >&2; exit 1; }
  touch "$stamp"
fi
exec "$java_bin" --enable-native-access=ALL-UNNAMED -cp "$jar:$root/bench/target/lib/*" dev.sentence4j.bench.BenchMain "$@"
