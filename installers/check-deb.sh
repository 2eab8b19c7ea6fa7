#!/usr/bin/env bash
# Developer check of the Linux installer: builds the .deb, installs it on this machine, starts the
# installed BlockTune twice under Xvfb (a first start with an empty HOME, then a warm start), waits
# for its window, takes screenshots, closes it and removes the package again.
# Not part of `mvn verify`/CI: it needs root (dpkg/apt) and takes minutes.
#
#   sudo installers/check-deb.sh             # build + check
#   sudo SKIP_BUILD=1 installers/check-deb.sh  # check the .deb already in app/target/installer/package
#
# Screenshots and logs go to app/target/installer/check/ (or $OUT).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${OUT:-$root/app/target/installer/check}
timeout_window=${TIMEOUT_WINDOW:-120}
timeout_ready=${TIMEOUT_READY:-300}

say() { printf '[check-deb] %s\n' "$*"; }
fail() { say "FAILED: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run as root: it installs and removes a package"

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v xwininfo >/dev/null || missing+=(x11-utils)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -q && apt-get install -y -q "${missing[@]}"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building the .deb (mvn -Pinstaller; several minutes, most of it compressing the package)"
  start=$(date +%s)
  (cd "$root" && mvn -B -q -Pinstaller -pl app -am package -DskipTests)
  say "built in $(( $(date +%s) - start )) s"
fi
deb=$(ls "$root"/app/target/installer/package/blocktune_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb in app/target/installer/package"
say "package: $deb ($(du -h "$deb" | cut -f1))"

rm -rf "$out" && mkdir -p "$out"
home=$(mktemp -d /tmp/blocktune-home.XXXXXX)
xvfb_pid=
app_pid=
installed=0
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "$installed" = 1 ]; then
    say "removing the package after a failure"
    apt-get purge -y -q blocktune >>"$out/apt-remove.log" 2>&1 || say "could not remove blocktune; see $out/apt-remove.log"
  fi
  rm -rf "$home"
}
trap cleanup EXIT

say "installing with apt-get (resolves the package's dependencies)"
installed=1
apt-get install -y -q --no-install-recommends "$deb" >"$out/apt-install.log" 2>&1 \
  || { cat "$out/apt-install.log"; fail "apt-get install"; }
[ -x /opt/blocktune/bin/BlockTune ] || fail "/opt/blocktune/bin/BlockTune missing"
desktop=$(ls /usr/share/applications/*blocktune*.desktop 2>/dev/null | head -n 1 || true)
if [ -n "$desktop" ]; then
  say "desktop entry: $desktop"
  grep -E '^(Name|Comment|Icon|Categories)=' "$desktop" | sed 's/^/    /'
else
  say "WARNING: no desktop entry under /usr/share/applications"
fi
say "installed size: $(du -sh /opt/blocktune | cut -f1)"

# Xvfb picks a free display and writes its number to fd 3
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$out/display" 2>"$out/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
[ -s "$out/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(tr -d '[:space:]' <"$out/display")"
say "Xvfb on $DISPLAY; HOME for the app: $home"

now_ms() { date +%s%3N; }

# run LABEL: starts the installed app, waits for its window and for the math libraries, closes it
run() {
  local label=$1 log="$out/$1.log" t0 wid="" t_win t_ready="" line
  t0=$(now_ms)
  # JDK 17 takes user.home from the passwd entry, not $HOME: set both
  HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" /opt/blocktune/bin/BlockTune >"$log" 2>&1 &
  app_pid=$!
  while [ $(( $(now_ms) - t0 )) -lt $(( timeout_window * 1000 )) ]; do
    wid=$(xdotool search --onlyvisible --name '^BlockTune' 2>/dev/null | head -n 1 || true)
    [ -n "$wid" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$log"; fail "$label: the app exited"; }
    sleep 0.1
  done
  [ -n "$wid" ] || { cat "$log"; fail "$label: no window titled BlockTune… within ${timeout_window} s"; }
  t_win=$(( $(now_ms) - t0 ))
  say "$label: window \"$(xwininfo -id "$wid" | sed -n 's/^xwininfo: Window id: [^ ]* "\(.*\)"$/\1/p')\" after ${t_win} ms"
  sleep 1
  import -window root "$out/$label-window.png"
  while [ $(( $(now_ms) - t0 )) -lt $(( timeout_ready * 1000 )) ]; do
    if line=$(grep -m1 'BlockTune: math libraries' "$log"); then t_ready=$(( $(now_ms) - t0 )); break; fi
    if grep -q 'Exception in Application start method' "$log" || ! kill -0 "$app_pid" 2>/dev/null; then
      cat "$log"; fail "$label: the app failed (log above)"
    fi
    sleep 0.2
  done
  [ -n "$t_ready" ] || fail "$label: the math libraries did not load within ${timeout_ready} s"
  say "$label: app says \"$line\"; seen ${t_ready} ms after launch"
  echo "$line" | grep -q 'ready' || fail "$label: $line"
  sleep 1
  import -window root "$out/$label-ready.png"
  # close it the way a user would (Ctrl+Q = File > Quit), else terminate it
  xdotool windowfocus --sync "$wid" 2>/dev/null || true
  xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$app_pid" 2>/dev/null; then
    say "$label: still running after Ctrl+Q; sending SIGTERM"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  else
    wait "$app_pid" 2>/dev/null || true
    say "$label: closed with Ctrl+Q"
  fi
  app_pid=
}

run first-start
say "natives unpacked: $(du -sh "$home/.javacpp/cache" 2>/dev/null | cut -f1) in $home/.javacpp/cache"
run warm-start

say "the command line: blocktune compile-grid on the shipped iris example"
[ -L /usr/bin/blocktune ] || fail "/usr/bin/blocktune is missing"
HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" blocktune compile-grid \
  /opt/blocktune/lib/app/resources/examples/iris-quick.blocktune.json >"$out/cli.log" 2>&1 \
  || { cat "$out/cli.log"; fail "blocktune compile-grid failed"; }
grep -q 'cand_001' "$out/cli.log" || { cat "$out/cli.log"; fail "blocktune compile-grid printed no candidates"; }
say "blocktune compile-grid: $(grep -c '^cand_' "$out/cli.log") candidates listed"

# a real tune and last fit in the installed runtime: the trimmed jars and jlink modules must train,
# score and save a network, not only build one
say "the command line: blocktune tune + fit on the shipped iris example (quick budget)"
work=$(mktemp -d)
cp /opt/blocktune/lib/app/resources/examples/iris-quick.blocktune.json "$work/"
started=$(date +%s)
(cd "$work" && HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" blocktune tune iris-quick.blocktune.json \
  && HOME=$home JAVA_TOOL_OPTIONS="-Duser.home=$home" blocktune fit iris-quick.blocktune.json) >"$out/cli-tune.log" 2>&1 \
  || { cat "$out/cli-tune.log"; fail "blocktune tune/fit failed"; }
accuracy=$(awk '$1 == "accuracy" {print $2; exit}' "$out/cli-tune.log")
[ -n "$accuracy" ] && [ -s "$work/iris-quick.model.zip" ] || { cat "$out/cli-tune.log"; fail "no test accuracy or no saved model"; }
say "blocktune tune + fit: $(wc -l <"$work/iris-quick.blocktune.runs/fits.jsonl") fits, test accuracy $accuracy, model saved, $(( $(date +%s) - started )) s"
rm -rf "$work"

say "removing the package"
installed=0
apt-get purge -y -q blocktune >"$out/apt-remove.log" 2>&1 || { cat "$out/apt-remove.log"; fail "apt-get purge"; }
[ ! -e /opt/blocktune/bin/BlockTune ] || fail "/opt/blocktune still there after removal"
[ ! -e /usr/bin/blocktune ] || fail "/usr/bin/blocktune still there after removal"
say "OK. Screenshots: $out/{first-start,warm-start}-{window,ready}.png"
