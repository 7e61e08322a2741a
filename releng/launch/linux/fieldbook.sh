#!/bin/sh
# Starts the Fieldbook client from this unpacked product (there is no native launcher).
#   FIELDBOOK_BACKOFFICE_URL  Web API root to sync with (default http://127.0.0.1:8080/api/data/v9.2/)
#   FIELDBOOK_JAVA_HOME       a Java 21+ to use; otherwise JAVA_HOME, java on the PATH or /usr/lib/jvm
#   FIELDBOOK_VM_ARGS         extra JVM arguments
# Arguments are passed to Eclipse, e.g. -data <workspace folder> (default ~/Fieldbook/workspace).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/jdk.sh"
. "$here/launcher.sh"
fieldbook_use_java21 || exit 1
launcher=$(fieldbook_launcher "$here") || exit 1
# Exit code 23 is Eclipse's "restart" (after an update is applied): start again, with the launcher the
# updated configuration names. The native launcher would do this; there is none (docs/build.md).
while :; do
  # shellcheck disable=SC2086 # FIELDBOOK_VM_ARGS holds several arguments
  # Java reads the home folder from the password database; the workspace should follow $HOME like the shell.
  "$JAVA_HOME/bin/java" -Xms64m -Xmx1g -Duser.home="$HOME" \
    -Dfieldbook.backoffice.url="${FIELDBOOK_BACKOFFICE_URL:-http://127.0.0.1:8080/api/data/v9.2/}" \
    ${FIELDBOOK_VM_ARGS:-} -jar "$launcher" -consoleLog "$@"
  status=$?
  [ "$status" -eq 23 ] || exit "$status"
  launcher=$(fieldbook_launcher "$here") || exit 1
done
