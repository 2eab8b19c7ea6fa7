#!/usr/bin/env bash
# A real Apache Spark standalone cluster on this machine's loopback, and one tune run on it with an executor
# killed mid-run: every fit must end up recorded exactly once, with the same records as 2 local workers.
#
#   installers/spark-cluster-check.sh            # about 3-5 minutes on 2 cores (first run: +1 min of downloads)
#   installers/spark-cluster-check.sh bench [N]  # instead: the benchmark (SparkBenchmark, N rounds, default 2) on
#                                                # 2 local threads, Spark local[2] and this 2-worker cluster
#
# What it does: assembles a Spark home from Maven Central (installers/spark-home/pom.xml: Spark 3.5.6's jars, no
# Spark download needed), builds the job (mvn -pl spark -am package -Pspark-job: no install), starts Spark's own
# master and WORKERS workers (org.apache.spark.deploy.master.Master / worker.Worker, 1 core each, on 127.0.0.1
# only), submits SparkTune through org.apache.spark.deploy.SparkSubmit (the main class behind spark-submit), kills
# one executor (SIGKILL) once FITS_BEFORE_KILL fits are recorded, waits for the run, re-runs the same project on 2
# local worker threads and compares the two run folders (CompareRuns). Every process it starts is stopped at the end.
# Needs: JDK 17, Maven, python3 (to write the check's project). Exit code 0 when the check passes.
set -euo pipefail
mode=${1:-check}
rounds=${2:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${WORK:-$root/spark/target/cluster-check}
spark_home=${BLOCKTUNE_SPARK_HOME:-$root/spark/target/spark-home}
workers=${WORKERS:-2}
master_port=${MASTER_PORT:-17177}
epochs=${EPOCHS:-3000}
fits_before_kill=${FITS_BEFORE_KILL:-3}
flags=$(cat "$root/spark/src/main/resources/org/blocktune/spark/java17-flags.txt")
export SPARK_LOCAL_IP=127.0.0.1 SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 OMP_WAIT_POLICY=passive
say() { echo "[$(date -u +%H:%M:%S)] $*"; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# waits up to $1 seconds for the command in $2... to succeed
wait_for() {
  local limit=$1; shift
  for _ in $(seq 1 "$limit"); do "$@" && return 0; sleep 1; done
  return 1
}

rm -rf "$work"; mkdir -p "$work"
if [ ! -d "$spark_home/jars" ]; then
  say "assembling a Spark home in $spark_home from Maven Central"
  mvn -B -q -f "$root/installers/spark-home/pom.xml" dependency:copy-dependencies -DoutputDirectory="$spark_home/jars"
fi
mkdir -p "$spark_home/conf"
cat > "$spark_home/conf/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.master.name = org.apache.spark.deploy.master.Master
logger.master.level = info
logger.worker.name = org.apache.spark.deploy.worker
logger.worker.level = info
LOG
say "building the job (spark/target/blocktune-spark.jar + spark/target/job-lib)"
(cd "$root" && mvn -B -q -o -pl spark -am package -DskipTests -Pspark-job 2>/dev/null \
  || mvn -B -q -pl spark -am package -DskipTests -Pspark-job)
jars=$(ls "$root"/spark/target/job-lib/*.jar | paste -sd, -)

project="$work/iris-long.blocktune.json"
python3 - "$root/resources/examples/iris-quick.blocktune.json" "$project" "$epochs" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
for d in p["space"]:
    if d["name"] == "fit_epochs":
        d["values"] = [int(sys.argv[3])]
p["runFolder"] = None
json.dump(p, open(sys.argv[2], "w"), indent=1)
PY
say "project: the iris quick budget at $epochs epochs (4 candidates x 3 folds = 12 fits)"

cp_spark="$spark_home/conf:$spark_home/jars/*"
say "starting the master on spark://127.0.0.1:$master_port"
# shellcheck disable=SC2086
java $flags -Xmx512m -cp "$cp_spark" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port 0 > "$work/master.log" 2>&1 &
pids+=($!)
wait_for 60 grep -q "I have been elected leader" "$work/master.log" || { cat "$work/master.log"; exit 1; }
worker_pids=()
for i in $(seq 1 "$workers"); do
  # shellcheck disable=SC2086
  java $flags -Xmx512m -cp "$cp_spark" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
    --memory 2g --webui-port 0 --work-dir "$work/worker$i" "spark://127.0.0.1:$master_port" > "$work/worker$i.log" 2>&1 &
  pids+=($!); worker_pids+=($!)
done
registered() { [ "$(grep -c "Registering worker" "$work/master.log")" -ge "$workers" ]; }
wait_for 60 registered || { cat "$work/master.log" "$work"/worker*.log; exit 1; }
say "$workers worker(s) registered (1 core each)"

if [ "$mode" = bench ]; then
  bench_cp="$root/spark/target/blocktune-spark.jar:$root/spark/target/job-lib/*:$cp_spark"
  say "benchmark: 2 local worker threads"
  java -Xmx3g -Dblocktune.resources="$root/resources" -cp "$bench_cp" org.blocktune.spark.SparkBenchmark local "$rounds" \
    2>&1 | grep "^RESULT"
  say "benchmark: Spark local[2] (in one JVM)"
  # shellcheck disable=SC2086
  java $flags -Xmx3g -Dblocktune.resources="$root/resources" -cp "$bench_cp" org.blocktune.spark.SparkBenchmark \
    "local[2]" "$rounds" 2>&1 | grep "^RESULT"
  say "benchmark: the standalone cluster ($workers workers x 1 core, submitted through SparkSubmit)"
  # shellcheck disable=SC2086
  java $flags -Xmx2g -cp "$cp_spark" org.apache.spark.deploy.SparkSubmit \
    --master "spark://127.0.0.1:$master_port" --deploy-mode client --class org.blocktune.spark.SparkBenchmark \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.executor.memory=1500m \
    --driver-java-options "-Dblocktune.resources=$root/resources" \
    --jars "$jars" "$root/spark/target/blocktune-spark.jar" submit "$rounds" 2>&1 | grep "^RESULT"
  exit 0
fi

say "submitting through SparkSubmit (client mode; the driver keeps the run folder)"
start=$(date +%s)
# shellcheck disable=SC2086
java $flags -Xmx2g -cp "$cp_spark" org.apache.spark.deploy.SparkSubmit \
  --master "spark://127.0.0.1:$master_port" --deploy-mode client --class org.blocktune.spark.SparkTune \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.executor.memory=1g \
  --conf spark.ui.enabled=false --driver-java-options "-Dblocktune.resources=$root/resources" \
  --jars "$jars" "$root/spark/target/blocktune-spark.jar" "$project" --run-folder "$work/run-cluster" \
  > "$work/driver.log" 2>&1 &
driver=$!; pids+=("$driver")

fits() { local n; n=$(grep -c '"type":"fit"' "$work/run-cluster/fits.jsonl" 2>/dev/null) || true; echo "${n:-0}"; }
enough() { [ "$(fits)" -ge "$fits_before_kill" ] || ! kill -0 "$driver" 2>/dev/null; }
wait_for 600 enough || { say "no fit recorded in 10 minutes"; cat "$work/driver.log"; exit 1; }
sleep 2  # a fit's record is written as its task ends: let the next tasks start before choosing an executor
victim=""
for w in "${worker_pids[@]}"; do
  for c in $(pgrep -P "$w" || true); do
    if grep -q CoarseGrainedExecutorBackend "/proc/$c/cmdline" 2>/dev/null; then victim=$c; break 2; fi
  done
done
[ -n "$victim" ] || { say "no executor process found under the workers"; cat "$work/driver.log"; exit 1; }
before=$(fits)
kill -9 "$victim"
say "killed executor process $victim (SIGKILL) with $before of 12 fits recorded"

wait_for 900 bash -c "! kill -0 $driver 2>/dev/null" || { say "the run did not end in 15 minutes"; exit 1; }
set +e; wait "$driver"; rc=$?; set -e
say "the run ended (exit code $rc) after $(( $(date +%s) - start )) s; driver output:"
grep -v "^\s*$" "$work/driver.log" | grep -E "^(starting|fits|fit [0-9]|done|best|warning)|WARN.*(Lost|lost|Removed|removed)|ERROR" | sed 's/^/  | /'
[ "$rc" -eq 0 ] || exit 1

say "the same project on 2 local worker threads (the reference)"
# shellcheck disable=SC2086
java -Xmx2g -Dblocktune.resources="$root/resources" -cp "$root/spark/target/blocktune-spark.jar:$root/spark/target/job-lib/*:$spark_home/jars/*" \
  org.blocktune.spark.SparkTune "$project" --run-folder "$work/run-local" --local-workers 2 > "$work/local.log" 2>&1
grep -E "^(done|best)" "$work/local.log" | sed 's/^/  | /'
say "comparing the run folders"
java -cp "$root/spark/target/blocktune-spark.jar:$root/spark/target/job-lib/*:$spark_home/jars/*" \
  org.blocktune.spark.CompareRuns "$work/run-local" "$work/run-cluster" | sed 's/^/  | /'
ok=${PIPESTATUS[0]}
retried=$(grep -c "task attempt(s) failed" "$work/driver.log" || true)
if [ "$ok" -eq 0 ] && [ "$retried" -ge 1 ]; then
  say "PASS: an executor was killed mid-run, Spark ran its fits again, and every fit is recorded once, as on local workers"
else
  say "FAIL (records identical: $([ "$ok" -eq 0 ] && echo yes || echo no); retries reported: $retried)"; exit 1
fi
