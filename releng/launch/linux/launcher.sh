# Sourced by the product launch scripts: finds the Equinox launcher this installation is configured
# with. After a p2 update plugins/ holds the old and the new launcher side by side (until p2's garbage
# collector runs), so a glob may pick the wrong one; the configuration always names the right one.

# Prints the launcher jar of the installation in folder $1: the `-startup` entry of its .ini when there
# is one (Eclipse's own convention), otherwise the launcher bundle the installed configuration lists
# (configuration/org.eclipse.equinox.simpleconfigurator/bundles.info, rewritten by every p2 update).
fieldbook_launcher() {
  for ini in "$1"/*.ini; do
    [ -f "$ini" ] || continue
    startup=$(sed -n '/^-startup$/{n;p;q}' "$ini" | tr -d '\r')
    if [ -n "$startup" ]; then
      case "$startup" in /*) ;; *) startup="$1/$startup" ;; esac
      [ -f "$startup" ] && echo "$startup" && return 0
      echo "fieldbook: $ini names the launcher $startup, which is missing" >&2
      return 1
    fi
  done
  info="$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  jar=$(sed -n 's/^org\.eclipse\.equinox\.launcher,[^,]*,\([^,]*\),.*/\1/p' "$info" 2>/dev/null | tr -d '\r' | head -n 1)
  if [ -n "$jar" ] && [ -f "$1/$jar" ]; then
    echo "$1/$jar"
    return 0
  fi
  echo "fieldbook: no Equinox launcher is configured in $info${jar:+ ($jar is missing)}; the installation is damaged" >&2
  return 1
}
