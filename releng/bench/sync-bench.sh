#!/usr/bin/env bash
# Benchmarks sync (releng/bench/src/org/fieldbook/bench/SyncBench.java): the back office and the sync engine
# in one JVM on loopback, on a plain class path of the built bundles and their libraries from the local Maven
# repository (releng/bench/classpath.sh). Builds the bundles first if they are missing. Prints Markdown tables
# (see docs/benchmarks.md).
# Arguments: none for all, or "technician" or "heavy" for one part. The 3,000,000-row ceiling run is
# not part of it (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/bench/classpath.sh
bench_compile releng/bench/src/org/fieldbook/bench/*.java
bench_machine
exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" org.fieldbook.bench.SyncBench "$@"
