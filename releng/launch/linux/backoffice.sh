#!/bin/sh
# Starts the Fieldbook back office from this unpacked product (headless; no native launcher).
#   backoffice.sh [--host <address>] [--port <n>]     defaults: 127.0.0.1 and 8080
#   FIELDBOOK_JAVA_HOME  a Java 21+ to use; otherwise JAVA_HOME, java on the PATH or /usr/lib/jvm
#   FIELDBOOK_VM_ARGS    extra JVM arguments
here=$(cd "$(dirname "$0")" && pwd)
. "$here/jdk.sh"
. "$here/launcher.sh"
fieldbook_use_java21 || exit 1
launcher=$(fieldbook_launcher "$here") || exit 1
# shellcheck disable=SC2086 # FIELDBOOK_VM_ARGS holds several arguments
# Java reads the home folder from the password database; the data folder should follow $HOME like the shell.
exec "$JAVA_HOME/bin/java" -Xms64m -Xmx1g -Djava.awt.headless=true -Duser.home="$HOME" ${FIELDBOOK_VM_ARGS:-} \
  -jar "$launcher" -consoleLog "$@"
