#!/usr/bin/env bash
# Regenerates src/main/resources/.../unicode/scripts.txt, the script classes of HF tokenizers'
# UnicodeScripts pre-tokenizer, by probing HF tokenizers (Rust, through the DJL test dependency)
# for every code point (tools/GenerateScriptTable.java).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -f ../pom.xml -pl tokenizers test-compile
mvn -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
for j in /usr/lib/jvm/temurin-2[1-9]*/bin/java; do [ -x "$j" ] && JAVA="$j"; done
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  dev.sentence4j.tokenizers.tools.GenerateScriptTable "$@"
