#!/usr/bin/env bash
# Cold start of the client product to the agenda on screen (releng/bench/startup/StartupBench.java): the
# Linux back office and client products, unpacked into a temporary folder, on a virtual display when there
# is no DISPLAY. Builds the products first if they are missing. Argument: number of measured starts
# (default 5). Prints a Markdown table (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/jdk.sh
fieldbook_use_java21
runs=${1:-5}
products=releng/org.fieldbook.%s.product/target/products/fieldbook-%s-0.1.0-linux.gtk.x86_64.tar.gz
client=$(printf "$products" client client)
backoffice=$(printf "$products" backoffice backoffice)
if [ ! -f "$client" ] || [ ! -f "$backoffice" ]; then
  ./mvnw -B -q -DskipTests verify
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/client" "$work/backoffice"
tar -xzf "$client" -C "$work/client"
tar -xzf "$backoffice" -C "$work/backoffice"
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load: $(uptime | sed 's/.*load/load/')"
bench=("$JAVA_HOME/bin/java" releng/bench/startup/StartupBench.java "$work/backoffice" "$work/client" "$work" "$runs")
if [ -n "${DISPLAY:-}" ]; then
  "${bench[@]}"
else
  xvfb-run -a -s "-screen 0 1280x800x24" "${bench[@]}"
fi
