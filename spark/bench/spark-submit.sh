#!/usr/bin/env bash
# spark-submit without a Spark distribution, as bin/spark-class does it: Spark's launcher
# (org.apache.spark.launcher.Main) prints the driver's command, NUL-separated, and we run it.
# SPARK_HOME is a directory whose jars/ holds Spark and its dependencies: the build assembles
# spark/target/spark-home/jars from the Maven dependencies (mvn -pl spark -am package).
# A distribution's own bin/spark-submit does the same; use it where Spark is installed.
#
# usage: SPARK_HOME=DIR spark-submit.sh [spark-submit options] JAR [job arguments]
set -euo pipefail
: "${SPARK_HOME:?set SPARK_HOME to a directory with jars/ (e.g. spark/target/spark-home)}"
[[ -d "$SPARK_HOME/jars" ]] || { echo "spark-submit.sh: no $SPARK_HOME/jars" >&2; exit 1; }
export SPARK_SCALA_VERSION=2.13 # bin/load-spark-env.sh sets it in a distribution
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
launch="$(mktemp)"; trap 'rm -f "$launch"' EXIT
"$java" -Xmx128m -cp "$SPARK_HOME/jars/*" org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "$@" >"$launch"
# bin/spark-class's protocol: message lines, a start flag ("\0\n", read here as an empty line),
# then the command's arguments, each followed by NUL.
cmd=()
started=false
{
  while [[ $started == false ]] && IFS= read -r line 2>/dev/null; do
    if [[ -z "$line" ]]; then started=true; else echo "$line" >&2; fi
  done
  while IFS= read -r -d '' arg; do cmd+=("$arg"); done
} <"$launch"
[[ ${#cmd[@]} -gt 0 ]] || { echo "spark-submit.sh: Spark's launcher printed no command" >&2; exit 1; }
rm -f "$launch"
exec "${cmd[@]}"
