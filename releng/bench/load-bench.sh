#!/usr/bin/env bash
# Load benchmark (releng/bench/src/org/fieldbook/bench/LoadBench.java): the back office in a JVM of its own,
# and in another JVM [technicians] simulated devices (default 200), each with its own Derby store and HTTP
# client, running full sync cycles with edits for [seconds] (default 120) while a dispatcher edits the same
# work orders; then a quiet sync and a check of every device against the server. Prints a Markdown table
# (see docs/benchmarks.md, "Load"). Not part of CI. BENCH_JAVA_OPTS adds JVM options to the devices' JVM,
# e.g. -Dload.pauseMillis=2000.
set -euo pipefail
# Each device's Derby database keeps about 85 files open (its table and index containers): 200 devices hold
# some 17,000, so allow as many open files as the system lets this shell.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
cd "$(dirname "$0")/../.."
. releng/bench/classpath.sh
bench_compile releng/bench/src/org/fieldbook/bench/*.java
bench_machine
echo "Command: releng/bench/load-bench.sh $*; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
"$JAVA_HOME/bin/java" -Xmx4g -Djava.io.tmpdir="$BENCH_WORK" ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" org.fieldbook.bench.LoadBench "$@"
