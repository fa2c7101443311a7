#!/bin/sh
# Class-data sharing where Triangulate is installed (issue #9: window start-up). Shipped in the package as
# lib/app/install-cds.sh; the .deb's postinst runs it as `install-cds.sh /opt/triangulate`, packaging/smoke.sh runs it
# on an unpacked copy.
#
# JDK 17 takes an AppCDS archive only with the jars at the absolute paths (and modification times) it was made with,
# so the archive cannot be shipped: it is made here, a static dump (-Xshare:dump) of the classes listed in
# lib/app/triangulate.classlist (written by packaging/classlist.sh from a training start of the window) with the
# launcher's own class path and options. Only once the archive loads with -Xshare:on does triangulate.cfg get
# -XX:SharedArchiveFile=$APPDIR/triangulate.jsa: a JVM pointed at a missing or unusable archive would start with no
# class-data sharing at all, slower than with the runtime's default archive.
#
# Never fails: on any problem it says so, removes what it made and exits 0. POSIX sh (it runs from a postinst), with
# GNU sed (`sed -i`, one-line `a` with \n) as Debian has it. INSTALL_DIR must not contain '#', '&' or a backslash
# (it is substituted into sed expressions); jpackage's /opt/triangulate does not.
set -f  # the options below are split on spaces on purpose, never globbed
ROOT=${1:?usage: install-cds.sh INSTALL_DIR}
APPDIR=$ROOT/lib/app
JAVA=$ROOT/lib/runtime/bin/java
CFG=$APPDIR/triangulate.cfg
LIST=$APPDIR/triangulate.classlist
JSA=$APPDIR/triangulate.jsa
say() { echo "triangulate: $*"; }
if [ ! -x "$JAVA" ] || [ ! -f "$CFG" ] || [ ! -f "$LIST" ]; then
  say "no class list or runtime in $ROOT: the app starts without class-data sharing for its own classes"
  exit 0
fi
# the launcher's class path and options, $APPDIR expanded as the launcher does; earlier CDS options left out
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APPDIR#g" | paste -sd: -)
OPTS=$(sed -n 's/^java-options=//p' "$CFG" | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:' -e '^-Xlog:cds' \
  | sed "s#\$APPDIR#$APPDIR#g" | tr '\n' ' ')
sed -i '/^java-options=-XX:SharedArchiveFile=/d; /^java-options=-Xshare:auto$/d; /^java-options=-Xlog:cds\*=off$/d' "$CFG"
rm -f "$JSA"
LOG=$(mktemp)
# shellcheck disable=SC2086 # OPTS is a list of options without spaces, split on purpose
if "$JAVA" $OPTS -Xshare:dump -XX:SharedClassListFile="$LIST" -XX:SharedArchiveFile="$JSA" -cp "$CP" >"$LOG" 2>&1 \
   && "$JAVA" $OPTS -XX:SharedArchiveFile="$JSA" -Xshare:on -cp "$CP" org.triangulate.app.Launcher --help >>"$LOG" 2>&1; then
  sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/triangulate.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds*=off' "$CFG"
  if grep -q '^java-options=-XX:SharedArchiveFile=\$APPDIR/triangulate.jsa$' "$CFG"; then
    say "class-data sharing set up: $JSA ($(du -h "$JSA" | cut -f1))"
  else
    rm -f "$JSA"
    say "class-data sharing not set up: $CFG has no [JavaOptions] section to add it to"
  fi
else
  rm -f "$JSA"
  say "class-data sharing not set up, the app starts without it:"
  tail -5 "$LOG" | sed 's/^/triangulate:   /'
fi
rm -f "$LOG"
exit 0
