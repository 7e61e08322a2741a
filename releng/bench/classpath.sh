# Sourced by the bench scripts: picks Java 21+, builds the bundles when their jars are missing and sets
# BENCH_CP to a plain class path of the built bundle jars plus their libraries from the local Maven
# repository (no OSGi runtime: the benchmarks construct the components themselves).
# Then "bench_compile SOURCES..." compiles bench classes and puts them first on BENCH_CP; BENCH_WORK is the
# run's scratch folder.
# Expects the repository root as the working directory.
. releng/scripts/jdk.sh
fieldbook_use_java21
bench_bundle() { ls bundles/"$1"/target/"$1"-*.jar 2>/dev/null | grep -v sources | head -n 1; }
if [ -z "$(bench_bundle org.fieldbook.sync)" ] || [ -z "$(bench_bundle org.fieldbook.backoffice)" ]; then
  ./mvnw -B -q -DskipTests verify
fi
bench_repo=${MAVEN_REPO:-$HOME/.m2/repository}
BENCH_CP=""
for b in org.fieldbook.sync org.fieldbook.backoffice org.fieldbook.store org.fieldbook.jdbc org.fieldbook.model; do
  BENCH_CP=$BENCH_CP:$(bench_bundle $b)
done
for jar in org/eclipse/emf/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar \
    org/eclipse/emf/org.eclipse.emf.common/2.46.0/org.eclipse.emf.common-2.46.0.jar \
    org/apache/derby/derby/10.17.1.0/derby-10.17.1.0.jar \
    org/apache/derby/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar \
    com/fasterxml/jackson/core/jackson-core/2.21.2/jackson-core-2.21.2.jar \
    com/fasterxml/jackson/core/jackson-databind/2.21.2/jackson-databind-2.21.2.jar \
    com/fasterxml/jackson/core/jackson-annotations/2.21/jackson-annotations-2.21.jar \
    org/apache/httpcomponents/client5/httpclient5/5.6.5/httpclient5-5.6.5.jar \
    org/apache/httpcomponents/core5/httpcore5/5.4.4/httpcore5-5.4.4.jar \
    org/apache/httpcomponents/core5/httpcore5-h2/5.4.4/httpcore5-h2-5.4.4.jar \
    org/eclipse/jetty/jetty-server/12.1.14/jetty-server-12.1.14.jar \
    org/eclipse/jetty/jetty-http/12.1.14/jetty-http-12.1.14.jar \
    org/eclipse/jetty/jetty-io/12.1.14/jetty-io-12.1.14.jar \
    org/eclipse/jetty/jetty-util/12.1.14/jetty-util-12.1.14.jar \
    org/eclipse/jetty/jetty-security/12.1.14/jetty-security-12.1.14.jar \
    org/eclipse/jetty/jetty-session/12.1.14/jetty-session-12.1.14.jar \
    org/eclipse/jetty/ee10/jetty-ee10-servlet/12.1.14/jetty-ee10-servlet-12.1.14.jar \
    org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar \
    org/eclipse/jetty/jetty-slf4j-impl/12.1.14/jetty-slf4j-impl-12.1.14.jar \
    jakarta/servlet/jakarta.servlet-api/6.0.0/jakarta.servlet-api-6.0.0.jar \
    org/apache/olingo/odata-server-core/5.0.0/odata-server-core-5.0.0.jar \
    org/apache/olingo/odata-server-api/5.0.0/odata-server-api-5.0.0.jar \
    org/apache/olingo/odata-commons-core/5.0.0/odata-commons-core-5.0.0.jar \
    org/apache/olingo/odata-commons-api/5.0.0/odata-commons-api-5.0.0.jar \
    commons-io/commons-io/2.21.0/commons-io-2.21.0.jar \
    commons-codec/commons-codec/1.20.0/commons-codec-1.20.0.jar \
    org/eclipse/platform/org.eclipse.osgi/3.24.300/org.eclipse.osgi-3.24.300.jar \
    org/eclipse/platform/org.eclipse.equinox.common/3.21.0/org.eclipse.equinox.common-3.21.0.jar \
    org/eclipse/platform/org.eclipse.core.runtime/3.35.0/org.eclipse.core.runtime-3.35.0.jar \
    org/eclipse/platform/org.eclipse.equinox.registry/3.12.600/org.eclipse.equinox.registry-3.12.600.jar \
    org/eclipse/platform/org.eclipse.equinox.security/1.4.700/org.eclipse.equinox.security-1.4.700.jar; do
  [ -f "$bench_repo/$jar" ] || { echo "Missing $bench_repo/$jar: build the project once (./mvnw verify)" >&2; exit 1; }
  BENCH_CP=$BENCH_CP:$bench_repo/$jar
done
BENCH_CP=${BENCH_CP#:}

# Scratch space of one run (compiled bench classes, the benchmarks' stores via java.io.tmpdir), removed at
# exit: a heavy or ceiling run leaves gigabytes otherwise. Callers run java without exec so the trap fires.
BENCH_WORK=$(mktemp -d)
trap 'rm -rf "$BENCH_WORK"' EXIT

bench_compile() {
  "$JAVA_HOME/bin/javac" -d "$BENCH_WORK/classes" -cp "$BENCH_CP" "$@"
  BENCH_CP=$BENCH_WORK/classes:$BENCH_CP
}

bench_machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load: $(uptime | sed 's/.*load/load/')"
}
