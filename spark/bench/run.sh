#!/usr/bin/env bash
# Spark throughput and the 1M-line corpus encode (issue 18). Run on a quiet machine, from the
# repository root, under ../shared/tools/quiet-run:
#
#   ../shared/tools/quiet-run spark/bench/run.sh spark  [CORPUS]   # 20,000 lines: CLI vs local[2] vs 1x2 vs 2x1
#   ../shared/tools/quiet-run spark/bench/run.sh corpus-1m [CORPUS] # encode --output DIR/ on 1,000,000 lines
#
# CORPUS defaults to ../shared/data/corpus/fortunes-10k.txt (tiled to the line count needed).
# Results go to spark/target/bench/ (logs, Spark event logs, executor logs, GC logs) and a summary
# on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
what="${1:?usage: run.sh spark|corpus-1m [CORPUS]}"
corpus="${2:-$root/../shared/data/corpus/fortunes-10k.txt}"
[[ -f "$corpus" ]] || { echo "run.sh: no corpus at $corpus" >&2; exit 1; }
out="$root/spark/target/bench"
mkdir -p "$out"

if [[ -z "${JAVA_HOME:-}" ]]; then # the newest JDK >= 21 under /usr/lib/jvm, as ./sentence4j picks
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-2[5-9]* /usr/lib/jvm/*-2[1-4]*; do
    [[ -x "$j/bin/java" ]] && { export JAVA_HOME="$j"; break; }
  done
fi
echo "java: $JAVA_HOME" >&2

tile() { # tile LINES FILE: the corpus repeated to LINES lines
  local n=$1 f=$2
  [[ -f "$f" && $(wc -l <"$f") -eq $n ]] && return
  awk -v n="$n" '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' "$corpus" >"$f"
}

seconds() { date +%s.%N; }

spark_run() { # spark_run NAME MASTER [spark-submit options...]
  local name=$1 master=$2; shift 2
  local run="$out/$name"
  rm -rf "$run"; mkdir -p "$run/events" "$run/spark-home/conf"
  ln -s "$root/spark/target/spark-home/jars" "$run/spark-home/jars"
  local t0 t1
  t0=$(seconds)
  SPARK_HOME="$run/spark-home" SPARK_LOCAL_IP=127.0.0.1 spark/bench/spark-submit.sh \
    --master "$master" --class dev.sentence4j.spark.EmbedJob \
    --driver-memory 1g --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false --conf "spark.eventLog.dir=file://$run/events" \
    --conf spark.sql.files.maxPartitionBytes=100000 \
    --conf spark.executor.extraJavaOptions=--enable-native-access=ALL-UNNAMED \
    --conf "spark.driver.extraJavaOptions=--enable-native-access=ALL-UNNAMED" \
    "$@" "$jar" \
    --input "$lines" --format text --text-column text --output "$run/out" --batch-size 32 \
    >"$run/spark-submit.log" 2>&1 || { echo "$name failed; see $run/spark-submit.log" >&2; tail -20 "$run/spark-submit.log" >&2; return 1; }
  t1=$(seconds)
  python3 - "$name" "$run" "$t0" "$t1" <<'PY'
import glob, json, os, re, sys
name, run, t0, t1 = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
files = [f for f in glob.glob(run + "/events/**", recursive=True) if os.path.isfile(f)]  # plain or rolling event logs
events = [json.loads(l) for f in files for l in open(f) if l.strip()]
app = next(e["Timestamp"] for e in events if e["Event"] == "SparkListenerApplicationStart") / 1000
stages = [e["Stage Info"] for e in events if e["Event"] == "SparkListenerStageCompleted"]
write = max(stages, key=lambda s: s["Number of Tasks"])  # the embed-and-write stage
tasks = [e["Task Info"] for e in events if e["Event"] == "SparkListenerTaskEnd" and e["Stage ID"] == write["Stage ID"]]
first_launch = min(t["Launch Time"] for t in tasks) / 1000
secs = (write["Completion Time"] - write["Submission Time"]) / 1000
per_exec = {}
for t in tasks:
    per_exec[t["Executor ID"]] = per_exec.get(t["Executor ID"], 0) + 1
loads = []
for f in glob.glob(run + "/spark-home/work/*/*/stderr") + [run + "/spark-submit.log"]:
    for l in open(f, errors="replace"):
        m = re.search(r"sentence4j opened model .* in JVM pid (\d+) in (\d+) ms", l)
        if m:
            loads.append(f"{'driver' if f.endswith('.log') else 'exec ' + f.split('/')[-2]} {m.group(2)} ms")
rows = 20000
print(f"{name}: wall {t1 - t0:.1f} s; JVM start to app start {app - t0:.1f} s; app start to first embed task {first_launch - app:.1f} s;"
      f" model opens: {', '.join(loads)}; embed+write stage {secs:.1f} s = {rows / secs:.1f} rows/s"
      f" ({write['Number of Tasks']} tasks: {per_exec}); end to end {rows / (t1 - t0):.1f} rows/s")
PY
}

case "$what" in
spark)
  mvn -B -q -pl spark -am package -DskipTests
  jar="$(ls "$root"/spark/target/sentence4j-spark-*-all.jar)"
  lines="$out/lines-20k.txt"; tile 20000 "$lines"
  export SENTENCE4J_HOME="$out/sentence4j-home" # the embedded model, materialized once, shared
  # The CLI on the same lines and cores: JVM start, model load and encode, end to end.
  ./sentence4j models >/dev/null # builds the CLI first, outside the timing
  t0=$(seconds)
  ./sentence4j encode --input "$lines" --output "$out/cli-20k.npy"
  t1=$(seconds)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'cli encode: wall {s:.1f} s = {20000/s:.1f} rows/s (JVM start and model load included)')" "$t0" "$t1"
  # local[2]: driver and executor are one JVM, two task slots, 1 ONNX thread per task (--threads default: spark.task.cpus).
  spark_run local-2 'local[2]'
  # One worker with 2 cores: one executor JVM, two task slots sharing one model.
  spark_run one-worker-2-cores 'local-cluster[1,2,2048]' --executor-memory 1g --executor-cores 2
  # Two workers with 1 core each: two executor JVMs, one model each.
  spark_run two-workers-1-core 'local-cluster[2,1,1024]' --executor-memory 1g --executor-cores 1
  ;;
corpus-1m)
  ./sentence4j models >/dev/null
  lines="$out/lines-1m.txt"; tile 1000000 "$lines"
  rm -rf "$out/o1m"
  t0=$(seconds)
  SENTENCE4J_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$out/gc-1m.log:uptime" ./sentence4j encode --input "$lines" --output "$out/o1m/"
  t1=$(seconds)
  python3 - "$out/gc-1m.log" "$t0" "$t1" <<'PY'
import re, sys
log, t0, t1 = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
pauses = [(float(m.group(1)), int(m.group(2)), int(m.group(3))) for l in open(log)
          for m in [re.search(r"\[(\d+\.\d+)s\].*Pause.* (\d+)M->(\d+)M", l)] if m]
after = [p[2] for p in pauses]
tenth = max(1, len(after) // 10)
secs = t1 - t0
print(f"corpus-1m: 1,000,000 lines in {secs:.0f} s = {1e6 / secs:.1f} rows/s (-Xmx1g);"
      f" {len(pauses)} GCs; heap before GC max {max(p[1] for p in pauses)} MB;"
      f" live heap after GC: first tenth max {max(after[:tenth])} MB, last tenth max {max(after[-tenth:])} MB, overall max {max(after)} MB")
PY
  ;;
*) echo "usage: run.sh spark|corpus-1m [CORPUS]" >&2; exit 2 ;;
esac
