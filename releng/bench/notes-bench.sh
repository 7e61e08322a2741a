#!/usr/bin/env bash
# Benchmarks notes' files (releng/bench/src/org/fieldbook/bench/NotesBench.java): a 1, 5 and 20 MB file uploaded
# and downloaded in blocks between a device and the back office on loopback, against a plain HTTP PUT and GET of
# the same bytes, and what the files cost in the device's store. Prints a Markdown table (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/bench/classpath.sh
bench_compile releng/bench/src/org/fieldbook/bench/*.java
bench_machine
"$JAVA_HOME/bin/java" -Xmx1g -Djava.io.tmpdir="$BENCH_WORK" ${BENCH_JAVA_OPTS:-} -cp "$BENCH_CP" org.fieldbook.bench.NotesBench "$@"
