#!/usr/bin/env bash
# Benchmarks sync (releng/bench/src/org/fieldbook/bench/SyncBench.java): the back office and the sync engine
# in one JVM on loopback, on a plain class path of the built bundles and their libraries from the local Maven
# repository (releng/bench/classpath.sh). Builds the bundles first if they are missing. Prints Markdown tables
# (see docs/benchmarks.md).
# Arguments: none for the technician and heavy parts, or any of "technician", "heavy" and "ceiling" (about
# 3,000,000 rows to a device JVM with a 256 MB heap; takes a 12 GB heap for the back office and long).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/bench/classpath.sh
bench_compile releng/bench/src/org/fieldbook/bench/*.java
bench_machine
# The ceiling's back office holds 3,000,000 generated rows in memory; its device JVM has 256 MB.
heap=2g
[[ " $* " != *" ceiling "* ]] || heap=12g
"$JAVA_HOME/bin/java" -Xmx$heap -Djava.io.tmpdir="$BENCH_WORK" ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" org.fieldbook.bench.SyncBench "$@"
