#!/usr/bin/env bash
# Runs one of the test-scoped generator tools (src/test/java/.../tools) with the test classpath,
# which holds the HF tokenizers oracle (DJL). Shared by the generate-*.sh scripts.
#   run-test-tool.sh MAIN_CLASS [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"
shift
mvn -q -f ../pom.xml -pl tokenizers test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
# an explicit JAVA_HOME wins; otherwise the newest Temurin 21+ installed, else java on the PATH
if [ -n "${JAVA_HOME:-}" ]; then
  JAVA="$JAVA_HOME/bin/java"
else
  JAVA=java
  for j in /usr/lib/jvm/temurin-2[1-9]*/bin/java; do [ -x "$j" ] && JAVA="$j"; done
fi
v=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java\.specification\.version = //p' || true)
[ "${v:-0}" -ge 21 ] 2>/dev/null || { echo "$0: needs Java 21+ (the classes target 21), $JAVA is ${v:-not runnable}; set JAVA_HOME" >&2; exit 1; }
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  "$main" "$@"
