#!/usr/bin/env bash
# Smoke test of the packaged Triangulate. Builds nothing: run `mvn -Ppackage package -DskipTests` first.
#
#   packaging/smoke.sh [APP_IMAGE_DIR] [DEB_FILE]
#     defaults: target/dist/triangulate and target/dist/triangulate_*_amd64.deb
#
# 1. starts the app-image's launcher under Xvfb with a throwaway HOME and XDG dirs, waits for the window titled
#    "Triangulate" and then for the title naming the opened corpus (the bundled sample on first run), takes a
#    screenshot, and checks WM_CLASS, that the process is alive, that the screenshot is not blank, that the XDG
#    log file was written and that stderr shows no access errors or exceptions;
# 2. unpacks the .deb into a temp root and checks the launcher, desktop entry, icon, MIME type, trimmed models and
#    bundled corpus, and the installer size; runs the install-time class-data sharing step (install-cds.sh) on the
#    unpacked copy and starts its launcher with the archive.
#
# Exit codes: 0 passed; 1 a check failed; 3 a tool it needs is missing (installed from Debian when run as root);
# 4 the app-image or .deb is missing (not built yet).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
APP=${1:-$ROOT/target/dist/triangulate}
DEB=${2:-$(ls "$ROOT"/target/dist/triangulate_*_amd64.deb 2>/dev/null | head -1)}
WM_CLASS_EXPECTED=org.triangulate.app.TriangulateApp
OUT=${SMOKE_OUT:-$ROOT/target/smoke}
MAX_DEB_MB=150
FAILS=0

pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILS=$((FAILS + 1)); }

# --- tools ------------------------------------------------------------------------------------------------
need_tools() {
  local missing=()
  for t in xvfb-run xdotool xprop import identify dpkg-deb; do command -v "$t" >/dev/null || missing+=("$t"); done
  echo "${missing[@]:-}"
}
missing=$(need_tools)
if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing from Debian: xvfb xdotool x11-utils imagemagick libgtk-3-0 fakeroot (missing: $missing)"
  { apt-get install -y xvfb xdotool x11-utils imagemagick libgtk-3-0 fakeroot \
      || { apt-get update && apt-get install -y xvfb xdotool x11-utils imagemagick libgtk-3-0 fakeroot; }; } >/dev/null 2>&1
  missing=$(need_tools)
fi
if [ -n "$missing" ]; then
  echo "SKIPPED: packaging smoke test needs these tools, which are missing: $missing"
  echo "         (Debian: apt-get install xvfb xdotool x11-utils imagemagick libgtk-3-0 fakeroot dpkg)"
  exit 3
fi
if [ ! -x "$APP/bin/triangulate" ]; then
  echo "NOT BUILT: no app-image launcher at $APP/bin/triangulate; run: mvn -Ppackage package -DskipTests"
  command -v jpackage >/dev/null || echo "         (and jpackage, from a full JDK 17+, is missing too)"
  exit 4
fi
if [ -z "$DEB" ] || [ ! -f "$DEB" ]; then
  echo "NOT BUILT: no .deb in $ROOT/target/dist; run: mvn -Ppackage package -DskipTests"
  command -v fakeroot >/dev/null || echo "         (and fakeroot, which jpackage needs for a .deb, is missing too)"
  exit 4
fi

rm -rf "$OUT"; mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- 1. the app-image under Xvfb ----------------------------------------------------------------------------
echo "== app-image: $APP"
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" XDG_CONFIG_HOME="$TMP/home/.config" XDG_CACHE_HOME="$TMP/home/.cache"
mkdir -p "$HOME"
cat > "$TMP/inside-xvfb.sh" <<'INNER'
set -u
APP=$1; OUT=$2
start=$(date +%s%3N)
"$APP/bin/triangulate" >"$OUT/app.stdout" 2>"$OUT/app.stderr" &
pid=$!
echo "$pid" > "$OUT/pid"
# xdotool matches names case-insensitively and JavaFX also maps a helper window named "triangulate": keep only a
# window whose title starts with "Triangulate" exactly
wid=
deadline=$((start + 60000))
while [ -z "$wid" ] && [ "$(date +%s%3N)" -lt "$deadline" ]; do
  for w in $(xdotool search --onlyvisible --name '^Triangulate' 2>/dev/null); do
    case "$(xdotool getwindowname "$w" 2>/dev/null)" in Triangulate*) wid=$w; break;; esac
  done
  [ -n "$wid" ] || sleep 0.05
done
shown=$(date +%s%3N)
echo "window=${wid:-none} ms_to_window=$((shown - start))" > "$OUT/window.txt"
[ -n "$wid" ] || { kill "$pid" 2>/dev/null; exit 0; }
# the title goes "Triangulate — Opening corpus…", then "Triangulate — corpus · 5 articles" once the bundled sample (a folder named corpus) is open and synced; the count must not be 0
timeout 60 bash -c "until xdotool getwindowname $wid | grep -Eq '^Triangulate — corpus · [1-9][0-9]* article'; do sleep 0.1; done"
opened=$(date +%s%3N)
echo "title=$(xdotool getwindowname "$wid")" >> "$OUT/window.txt"
echo "ms_to_corpus_title=$((opened - start))" >> "$OUT/window.txt"
sleep 3   # let the first sync paint the lists
xprop -id "$wid" WM_CLASS > "$OUT/wm_class.txt" 2>&1
import -window root "$OUT/screenshot.png"
if kill -0 "$pid" 2>/dev/null; then echo alive > "$OUT/alive.txt"; else echo dead > "$OUT/alive.txt"; fi
cp "$OUT/app.stderr" "$OUT/app.stderr.running"   # what the app printed while it ran
# quit as a user does (Ctrl+Q); only an app that does not quit is terminated, and then its shutdown noise is not judged
xdotool windowactivate --sync "$wid" >/dev/null 2>&1 || true
xdotool key --window "$wid" ctrl+q
for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$pid" 2>/dev/null; then
  echo "did not quit" > "$OUT/quit.txt"
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null
else
  echo "quit" > "$OUT/quit.txt"
fi
exit 0
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$TMP/inside-xvfb.sh" "$APP" "$OUT"

cat "$OUT/window.txt" 2>/dev/null
if grep -q '^window=[0-9]' "$OUT/window.txt" 2>/dev/null; then pass "a window titled Triangulate appeared"; else fail "no window titled Triangulate within 60 s"; fi
if grep -Eq '^title=Triangulate — corpus · [1-9][0-9]* article' "$OUT/window.txt" 2>/dev/null; then pass "it opened the bundled sample corpus: $(sed -n 's/^title=//p' "$OUT/window.txt")"
else fail "the title never named an opened corpus (bundled sample not found or not opened?)"; fi
if grep -q "\"$WM_CLASS_EXPECTED\"" "$OUT/wm_class.txt" 2>/dev/null; then pass "WM_CLASS is $WM_CLASS_EXPECTED (matches StartupWMClass)"
else fail "WM_CLASS: $(cat "$OUT/wm_class.txt" 2>/dev/null)"; fi
if [ "$(cat "$OUT/alive.txt" 2>/dev/null)" = alive ]; then pass "process alive after the window was shown"; else fail "process not alive when checked"; fi
if [ -s "$OUT/screenshot.png" ]; then
  sd=$(identify -format '%[fx:standard_deviation]' "$OUT/screenshot.png" 2>/dev/null || echo 0)
  if awk -v s="$sd" 'BEGIN{exit !(s > 0.05)}'; then pass "screenshot $OUT/screenshot.png is not blank (std dev $sd)"
  else fail "screenshot looks blank (std dev $sd)"; fi
else fail "no screenshot"; fi
LOG="$XDG_DATA_HOME/triangulate/logs/triangulate.log"
if [ -s "$LOG" ]; then pass "log file written: \$XDG_DATA_HOME/triangulate/logs/triangulate.log ($(wc -l < "$LOG") lines)"; cp "$LOG" "$OUT/"
else fail "no log file at $LOG"; ls -R "$XDG_DATA_HOME" 2>/dev/null | head -20; fi
if grep -Eq 'IllegalAccessError|Exception|Error:' "$OUT/app.stderr.running"; then fail "stderr shows errors while running:"; head -20 "$OUT/app.stderr.running"
else pass "stderr clean of exceptions while running ($(wc -l < "$OUT/app.stderr.running") lines)"; fi
if [ "$(cat "$OUT/quit.txt" 2>/dev/null)" = quit ]; then
  pass "Ctrl+Q quit the app"
  if grep -Eq 'IllegalAccessError|Exception|Error:' "$OUT/app.stderr"; then fail "stderr shows errors on quitting:"; head -20 "$OUT/app.stderr"
  else pass "quit cleanly ($(wc -l < "$OUT/app.stderr") stderr lines)"; fi
else fail "Ctrl+Q did not quit the app within 15 s"; fi
if [ -d "$XDG_DATA_HOME/triangulate/workspaces" ]; then pass "workspace created under \$XDG_DATA_HOME/triangulate/workspaces"
else fail "no workspace under $XDG_DATA_HOME/triangulate"; fi

# --- 2. the .deb -------------------------------------------------------------------------------------------
echo "== deb: $DEB"
dpkg-deb --contents "$DEB" > "$OUT/deb-contents.txt" || fail "dpkg-deb --contents failed"
R="$TMP/root"; mkdir -p "$R"
dpkg-deb -x "$DEB" "$R" || fail "dpkg-deb -x failed"
dpkg-deb -e "$DEB" "$R/DEBIAN" || fail "dpkg-deb -e failed"
DESK="$R/opt/triangulate/lib/triangulate-triangulate.desktop"
[ -x "$R/opt/triangulate/bin/triangulate" ] && pass "launcher /opt/triangulate/bin/triangulate" || fail "no launcher in the .deb"
if [ -f "$DESK" ]; then
  pass "desktop entry /opt/triangulate/lib/triangulate-triangulate.desktop"
  grep -qx "StartupWMClass=$WM_CLASS_EXPECTED" "$DESK" && pass "desktop entry: StartupWMClass=$WM_CLASS_EXPECTED" || fail "desktop entry: StartupWMClass wrong"
  grep -qx "Exec=/opt/triangulate/bin/triangulate %f" "$DESK" && pass "desktop entry: Exec=/opt/triangulate/bin/triangulate %f" || fail "desktop entry: Exec wrong: $(grep ^Exec= "$DESK")"
  grep -q "^Categories=.*Office" "$DESK" && pass "desktop entry: Categories has Office" || fail "desktop entry: not in Office"
  grep -qx "MimeType=application/x-triangulate;" "$DESK" && pass "desktop entry: MimeType=application/x-triangulate;" || fail "desktop entry: no case-file MIME type (or no trailing ';')"
  icon=$(sed -n 's/^Icon=//p' "$DESK")
  if [ -f "$R$icon" ] && [ "$(identify -format '%m %wx%h' "$R$icon" 2>/dev/null)" = "PNG 256x256" ]; then pass "icon $icon is a 256x256 PNG"
  else fail "icon '$icon' missing or not a 256x256 PNG"; fi
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$DESK" && pass "desktop-file-validate" || fail "desktop-file-validate"
  fi
else fail "no desktop entry triangulate-triangulate.desktop (is packaging/triangulate.desktop named after --name?)"; fi
if grep -rqs 'pattern="\*.triangulate"' "$R/opt/triangulate/lib/"*.xml; then pass "shared-mime-info entry for *.triangulate"; else fail "no MIME definition for *.triangulate"; fi
grep -q "xdg-desktop-menu install" "$R/DEBIAN/postinst" && pass "postinst installs the menu entry" || fail "postinst does not run xdg-desktop-menu install"
ls "$R"/opt/triangulate/lib/app/lib/stanford-corenlp-models-trimmed.jar >/dev/null 2>&1 && pass "trimmed CoreNLP models jar present" || fail "no trimmed models jar"
if ls "$R"/opt/triangulate/lib/app/lib/ | grep -q 'stanford-corenlp-.*-models.jar'; then fail "the full CoreNLP models jar is in the package"; else pass "full 474 MB models jar not shipped"; fi
[ -d "$R/opt/triangulate/lib/app/corpus" ] && pass "bundled corpus at /opt/triangulate/lib/app/corpus ($(ls "$R/opt/triangulate/lib/app/corpus" | wc -l) files)" || fail "no bundled corpus"
# class-data sharing made at install time (packaging/install-cds.sh, run by postinst): run it on the unpacked copy
grep -q "install-cds.sh /opt/triangulate" "$R/DEBIAN/postinst" && pass "postinst sets up class-data sharing" || fail "postinst does not run install-cds.sh"
grep -q "rm -f /opt/triangulate/lib/app/triangulate.jsa" "$R/DEBIAN/prerm" && pass "prerm removes the generated archive" || fail "prerm leaves the generated archive behind"
if [ -f "$R/opt/triangulate/lib/app/triangulate.classlist" ]; then
  t0=$(date +%s)
  sh "$R/opt/triangulate/lib/app/install-cds.sh" "$R/opt/triangulate" > "$OUT/install-cds.txt" 2>&1
  t1=$(date +%s)
  if grep -q "^java-options=-XX:SharedArchiveFile=\$APPDIR/triangulate.jsa" "$R/opt/triangulate/lib/app/triangulate.cfg" \
     && [ -s "$R/opt/triangulate/lib/app/triangulate.jsa" ]; then
    pass "install-cds.sh made the archive in $((t1 - t0)) s: $(tail -1 "$OUT/install-cds.txt")"
    "$R/opt/triangulate/bin/triangulate" --help > "$OUT/launcher-cds.txt" 2>&1 && pass "the launcher runs with the archive configured (--help; install-cds.sh checked that it maps with -Xshare:on)" \
      || fail "the launcher fails with the archive: $(tail -3 "$OUT/launcher-cds.txt")"
  else fail "install-cds.sh did not set up class-data sharing: $(cat "$OUT/install-cds.txt")"; fi
else
  echo "NOTE: no lib/app/triangulate.classlist in the .deb (packaging/classlist.sh skipped at build): install-time class-data sharing not checked"
fi
deb_mb=$(( $(stat -c %s "$DEB") / 1024 / 1024 ))
[ "$deb_mb" -lt "$MAX_DEB_MB" ] && pass ".deb is $deb_mb MB (< $MAX_DEB_MB)" || fail ".deb is $deb_mb MB (>= $MAX_DEB_MB)"

echo "== smoke: $FAILS failed check(s); screenshot and logs in $OUT"
[ "$FAILS" -eq 0 ]
