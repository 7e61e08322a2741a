#!/usr/bin/env bash
# Benchmarks the local store (releng/bench/src/org/fieldbook/bench/StoreBench.java) on a plain class
# path: the built bundles plus their libraries from the local Maven repository. Builds the bundles
# first if they are missing. Prints a Markdown table (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
. releng/scripts/jdk.sh
fieldbook_use_java21
bundle() { ls bundles/"$1"/target/"$1"-*.jar 2>/dev/null | grep -v sources | head -n 1; }
if [ -z "$(bundle org.fieldbook.store)" ]; then
  ./mvnw -B -q -DskipTests verify
fi
repo=${MAVEN_REPO:-$HOME/.m2/repository}
cp=$(bundle org.fieldbook.store):$(bundle org.fieldbook.jdbc):$(bundle org.fieldbook.model)
for jar in org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
    org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
    org/apache/derby/derby/10.17.1.0/derby-10.17.1.0.jar \
    org/apache/derby/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar \
    com/fasterxml/jackson/core/jackson-core/2.21.2/jackson-core-2.21.2.jar \
    org/eclipse/platform/org.eclipse.osgi/3.24.300/org.eclipse.osgi-3.24.300.jar \
    org/eclipse/platform/org.eclipse.equinox.common/3.21.0/org.eclipse.equinox.common-3.21.0.jar \
    org/eclipse/platform/org.eclipse.core.runtime/3.35.0/org.eclipse.core.runtime-3.35.0.jar \
    org/eclipse/platform/org.eclipse.equinox.security/1.4.700/org.eclipse.equinox.security-1.4.700.jar; do
  cp=$cp:$repo/$jar
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$work/classes
"$JAVA_HOME/bin/javac" -d "$out" -cp "$cp" releng/bench/src/org/fieldbook/bench/StoreBench.java
"$JAVA_HOME/bin/java" -Xmx1g -Djava.io.tmpdir="$work" -cp "$out:$cp" org.fieldbook.bench.StoreBench
