# Sourced by mvnw, ./fieldbook and the product launch scripts: finds a JDK (or JRE) 21+.
# Fieldbook's build (Tycho 5) and runtime (Derby 10.17) need Java 21 or newer, while many
# machines default to an older java; this picks a suitable one instead of failing obscurely.

FIELDBOOK_MIN_JAVA=21

# Prints the feature version (e.g. 25) of the Java installation in directory $1, or nothing.
fieldbook_java_major() {
  [ -x "$1/bin/java" ] || return 1
  if [ -r "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  echo "${v%%[.+-]*}"
}

# Candidate Java homes, most explicit first.
fieldbook_java_candidates() {
  [ -n "${FIELDBOOK_JAVA_HOME:-}" ] && echo "$FIELDBOOK_JAVA_HOME"
  [ -n "${JAVA_HOME:-}" ] && echo "$JAVA_HOME"
  if command -v java >/dev/null 2>&1; then
    j=$(readlink -f "$(command -v java)") && dirname "$(dirname "$j")"
  fi
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && echo "$d"
  done
}

# Exports JAVA_HOME as the first candidate with Java 21+; explains and fails when there is none.
fieldbook_use_java21() {
  seen=""
  while IFS= read -r c; do
    major=$(fieldbook_java_major "$c") || continue
    [ -n "$major" ] || continue
    if [ "$major" -ge "$FIELDBOOK_MIN_JAVA" ]; then
      export JAVA_HOME="$c"
      [ -n "${FIELDBOOK_QUIET_JDK:-}" ] || echo "fieldbook: using Java $major at $c" >&2
      return 0
    fi
    seen="$seen\n  Java $major at $c"
  done <<CANDIDATES
$(fieldbook_java_candidates)
CANDIDATES
  printf 'fieldbook: Java %s or newer is required, but none was found.%b\n' "$FIELDBOOK_MIN_JAVA" "${seen:+\nFound only:$seen}" >&2
  printf 'Install a JDK %s+ (for example Eclipse Temurin 25, or apt-get install openjdk-21-jdk where your\ndistribution has it) and set JAVA_HOME or FIELDBOOK_JAVA_HOME to it.\n' "$FIELDBOOK_MIN_JAVA" >&2
  return 1
}
