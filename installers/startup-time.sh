#!/usr/bin/env bash
# Where the workbench's start-up time goes: starts it N times under a private Xvfb with
# BLOCKTUNE_STARTUP_TRACE=exit (it quits after its first frame) and prints, for each milestone
# (JVM up, JavaFX started, window built, window shown, first frame), the median wall time since the
# JVM started and the median CPU time the process had used by then.
#
#   installers/startup-time.sh [N]                 # from this checkout (runs bin/blocktune --version to build)
#   installers/startup-time.sh [N] --installed     # the installed .deb (/opt/blocktune/bin/BlockTune)
#   CLASSES=/path/to/classes installers/startup-time.sh [N]   # other app classes (e.g. a copy from main)
#   JAVA_OPTS=-Dblocktune.eagerSteps=true installers/startup-time.sh [N]   # all six screens styled before the first frame
#
# Needs Xvfb (apt-get install -y xvfb). Wall times depend on how busy the machine is; compare
# runs made in one session, and read the CPU column as well.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5}
installed=${2:-}
command -v Xvfb >/dev/null || { echo "startup-time: needs Xvfb (apt-get install -y xvfb)"; exit 1; }
out=$(mktemp -d)
settings=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$out/display" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$out" "$settings"' EXIT
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(tr -d '[:space:]' <"$out/display")"
if [ "$installed" = --installed ]; then
  cmd=(/opt/blocktune/bin/BlockTune)
  export JAVA_TOOL_OPTIONS="-Dblocktune.settings=$settings ${JAVA_OPTS:-}"
else
  "$root/bin/blocktune" --version >/dev/null
  classes=${CLASSES:-$root/app/target/classes}
  cmd=(java -Xmx3g ${JAVA_OPTS:-} "-Dblocktune.settings=$settings" "-Dblocktune.resources=$root/resources"
       -cp "$classes:$(cat "$root/app/target/cli-classpath.txt")" org.blocktune.app.Launcher)
fi
for i in $(seq "$n"); do
  BLOCKTUNE_STARTUP_TRACE=exit timeout 180 "${cmd[@]}" 2>&1 | grep '^startup:' >"$out/run$i.txt" || true
  echo "start $i: $(tail -n 1 "$out/run$i.txt")"
done
cat "$out"/run*.txt | python3 -c '
import sys, collections, statistics
wall, cpu, order = collections.defaultdict(list), collections.defaultdict(list), []
for line in sys.stdin:
    p = line.split()
    what = " ".join(p[6:])
    if what not in order: order.append(what)
    wall[what].append(int(p[1])); cpu[what].append(int(p[4]))
print("%-22s %10s %10s %4s" % ("milestone", "wall ms", "cpu ms", "n"))
for w in order:
    print("%-22s %10.0f %10.0f %4d" % (w, statistics.median(wall[w]), statistics.median(cpu[w]), len(wall[w])))
'
