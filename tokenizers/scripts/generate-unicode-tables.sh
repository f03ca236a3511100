#!/usr/bin/env bash
# Regenerates the legacy character-class table of src/main/resources/.../unicode/ from HF
# tokenizers (Rust, through the DJL test dependency) by probing every code point.
set -euo pipefail
cd "$(dirname "$0")/.."
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
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.sentence4j.tokenizers.tools.GenerateUnicodeTables "$@"
