#!/usr/bin/env bash
# Class-data sharing for the packaged app (issue #9: window start-up). Run by `mvn -Ppackage` on the app-image,
# before the .deb is made from it:
#
#   packaging/appcds.sh APP_IMAGE_DIR        (e.g. target/dist/triangulate)
#
# 1. Makes sure the jlink'ed runtime has its default CDS archive (jlink --generate-cds-archive makes it; this falls
#    back to `java -Xshare:dump`): without it every JDK class is parsed at each start, and 2. is impossible.
# 2. An AppCDS archive of the classes one start of the window loads (JavaFX, the app, Lucene, ...): a training run
#    of org.triangulate.app.StartupProbe under xvfb-run with -XX:ArchiveClassesAtExit, through the runtime, class path
#    and options of the launcher's own triangulate.cfg (CDS only takes an archive made with the same class path). Only
#    once the archive is checked with -Xshare:on does triangulate.cfg get -XX:SharedArchiveFile=$APPDIR/triangulate.jsa
#    with -Xshare:auto, so a missing or unusable archive later (another JDK build, jars changed, the app-image moved)
#    only costs speed.
#
# Never fails the build: without xvfb-run (or when the training run fails) the app ships with the default CDS
# archive only, and this says so. Exit code 0 always, unless APP_IMAGE_DIR is not an app-image.
set -u
APP=$(cd "${1:?usage: appcds.sh APP_IMAGE_DIR}" && pwd) || exit 1
JAVA=$APP/lib/runtime/bin/java
CFG=$APP/lib/app/triangulate.cfg
JSA=$APP/lib/app/triangulate.jsa
say() { echo "appcds: $*"; }
[ -x "$JAVA" ] && [ -f "$CFG" ] || { say "not an app-image: $APP (no lib/runtime/bin/java or lib/app/triangulate.cfg)"; exit 1; }

# --- 1. the runtime's default archive ------------------------------------------------------------------------
if ls "$APP"/lib/runtime/lib/server/classes*.jsa >/dev/null 2>&1; then
  say "runtime has its default CDS archive ($(du -h "$APP"/lib/runtime/lib/server/classes.jsa | cut -f1))"
elif "$JAVA" -Xshare:dump >/dev/null 2>&1; then
  say "generated the runtime's default CDS archive with -Xshare:dump"
else
  say "could not generate the runtime's default CDS archive; no AppCDS either"; exit 0
fi

# --- 2. AppCDS from a training run -----------------------------------------------------------------------------
rm -f "$JSA"
sed -i '/^java-options=-XX:SharedArchiveFile=/d; /^java-options=-Xshare:auto$/d; /^java-options=-Xlog:cds\*=off$/d' "$CFG"   # a rebuild starts clean
if ! command -v xvfb-run >/dev/null; then
  say "SKIPPED AppCDS: xvfb-run is missing (Debian: apt-get install xvfb); the app starts with the default CDS archive only"
  exit 0
fi
. "$(dirname "$0")/training-start.sh"
# The JVM writes the archive when the training start exits.
train_window -XX:ArchiveClassesAtExit="$JSA"
trained=$?
if [ "$trained" -ne 0 ] || [ ! -s "$JSA" ]; then
  say "SKIPPED AppCDS: the training run failed (exit $trained); the app starts with the default CDS archive only"
  tail -5 "$TRAIN/train.err" | sed 's/^/appcds:   /'
  rm -f "$JSA"; exit 0
fi
# -Xshare:on fails when the archive cannot be used with this runtime and class path.
if ! "$JAVA" "${OPTS[@]}" -XX:SharedArchiveFile="$JSA" -Xshare:on -Dtriangulate.home="$TRAIN/home" -cp "$CP" org.triangulate.app.Launcher --help \
     >"$TRAIN/check.out" 2>&1; then
  say "SKIPPED AppCDS: the archive does not load (-Xshare:on):"; tail -5 "$TRAIN/check.out" | sed 's/^/appcds:   /'
  rm -f "$JSA"; exit 0
fi
# $APPDIR stays literal in the cfg: the launcher expands it. If the app-image is moved, JDK 17 no longer takes the
# archive (absolute jar paths and mtimes differ): -Xshare:auto then falls back to the default archive, and
# -Xlog:cds*=off keeps its "[warning][cds,dynamic] Unable to use shared archive" off every command's output.
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/triangulate.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds*=off' "$CFG"
say "AppCDS archive lib/app/triangulate.jsa ($(du -h "$JSA" | cut -f1)) from: $(grep '^PROBE ' "$TRAIN/train.out")"
exit 0
