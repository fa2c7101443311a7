#!/usr/bin/env bash
# The class list for the .deb's install-time class-data sharing (issue #9: window start-up). Run by
# `mvn -Ppackage` on the app-image, before the .deb is made from it:
#
#   packaging/classlist.sh APP_IMAGE_DIR        (e.g. target/dist/triangulate)
#
# JDK 17 takes an AppCDS archive only with the jars at the absolute paths it was made with, so the .deb cannot ship
# one made here. It ships lib/app/triangulate.classlist instead: the classes one start of the window loads, written
# by a training run of org.triangulate.app.StartupProbe under xvfb-run with -XX:DumpLoadedClassList, through the
# runtime, class path and options of the launcher's own triangulate.cfg. The .deb's postinst (packaging/postinst)
# dumps a static archive from it where the jars are installed.
#
# Never fails the build: without xvfb-run, or when the training run fails, there is no class list and the installed
# app starts with the runtime's default archive, and this says so. Exit code 0 always, unless APP_IMAGE_DIR is not an
# app-image.
set -u
APP=$(cd "${1:?usage: classlist.sh APP_IMAGE_DIR}" && pwd) || exit 1
JAVA=$APP/lib/runtime/bin/java
CFG=$APP/lib/app/triangulate.cfg
LIST=$APP/lib/app/triangulate.classlist
say() { echo "classlist: $*"; }
[ -x "$JAVA" ] && [ -f "$CFG" ] || { say "not an app-image: $APP (no lib/runtime/bin/java or lib/app/triangulate.cfg)"; exit 1; }
rm -f "$LIST"
if ! command -v xvfb-run >/dev/null; then
  say "SKIPPED: xvfb-run is missing (Debian: apt-get install xvfb); the .deb installs without class-data sharing for the app"
  exit 0
fi
. "$(dirname "$0")/training-start.sh"
train_window -XX:DumpLoadedClassList="$TRAIN/classlist"
trained=$?
if [ "$trained" -ne 0 ] || [ ! -s "$TRAIN/classlist" ]; then
  say "SKIPPED: the training run failed (exit $trained); the .deb installs without class-data sharing for the app"
  tail -5 "$TRAIN/train.err" | sed 's/^/classlist:   /'
  exit 0
fi
cp "$TRAIN/classlist" "$LIST"
say "lib/app/triangulate.classlist ($(grep -vc '^#\|^@' "$LIST") classes) from: $(grep '^PROBE ' "$TRAIN/train.out")"
exit 0
