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
cmd=()
while IFS= read -r -d '' arg; do cmd+=("$arg"); done < <("$java" -Xmx128m -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.launcher.Main org.apache.spark.deploy.SparkSubmit "$@"; printf '%d\0' $?)
rc=${cmd[${#cmd[@]}-1]}
unset 'cmd[${#cmd[@]}-1]'
[[ "$rc" == 0 ]] || exit "$rc"
exec "${cmd[@]}"
