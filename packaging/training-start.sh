# Sourced by appcds.sh and classlist.sh (bash): one training start of the window through an app-image's own launcher
# settings. Needs APP (the app-image folder), JAVA (its runtime's java) and CFG (its triangulate.cfg); sets APPDIR,
# CP, OPTS (an array) and TRAIN (a temporary folder, removed when the calling script exits).

# The launcher's class path and options, $APPDIR expanded as the launcher does (to lib/app).
APPDIR=$APP/lib/app
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g" | paste -sd:)
mapfile -t OPTS < <(sed -n 's/^java-options=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g")
TRAIN=$(mktemp -d)
trap 'rm -rf "$TRAIN"' EXIT

# train_window [JAVA_OPTION...]: one start of the window on the bundled sample corpus in a throwaway home (so the
# first-run ingest is trained too) under xvfb-run, up to the corpus being open; StartupProbe then quits the app, so
# the JVM exits normally (an archive or class list is written at exit). Output in $TRAIN/train.out and train.err.
# Returns the JVM's exit code, or 1 when it exited 0 without printing its PROBE line.
train_window() {
  timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "$JAVA" "${OPTS[@]}" "$@" \
    -Dtriangulate.home="$TRAIN/home" -cp "$CP" org.triangulate.app.StartupProbe window "$APPDIR/corpus" \
    >"$TRAIN/train.out" 2>"$TRAIN/train.err"
  local rc=$?
  if [ "$rc" -ne 0 ]; then return "$rc"; fi
  grep -q '^PROBE ' "$TRAIN/train.out"
}
