#!/usr/bin/env bash
# Benchmarks the local store (releng/bench/src/org/fieldbook/bench/StoreBench.java) on a plain class
# path: the built bundles plus their libraries from the local Maven repository (releng/bench/classpath.sh).
# Builds the bundles first if they are missing. Prints a Markdown table (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/bench/classpath.sh
bench_compile releng/bench/src/org/fieldbook/bench/StoreBench.java
"$JAVA_HOME/bin/java" -Xmx1g -Djava.io.tmpdir="$BENCH_WORK" -cp "$BENCH_CP" org.fieldbook.bench.StoreBench
