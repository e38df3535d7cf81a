#!/bin/sh
# Writes the installed desk's class-data archive (ADR 0133): run by the package's postinst, and by
# package-smoke.sh on an unpacked package.
#   make-start-archive.sh [APP_ROOT]      (default /opt/loket-op-maat)
# The launcher's training mode (--make-start-archive: no display, no user, a new temporary data folder) loads
# what a start loads; the JVM writes those classes to lib/app/desk-start.jsa when it exits, on top of the
# runtime's own archive. The archive is valid only for these exact files (an upgrade replaces it). When this
# fails, no archive is left and the desk starts without it: never an error for the installation.
app=${1:-/opt/loket-op-maat}
archive=$app/lib/app/desk-start.jsa
rm -f "$archive"
if _JAVA_OPTIONS="-XX:SharedArchiveFile=$app/lib/runtime/lib/server/classes.jsa -XX:ArchiveClassesAtExit=$archive -Xlog:disable" \
        timeout 600 "$app/bin/loket-op-maat" --make-start-archive >/dev/null 2>&1 && [ -s "$archive" ]; then
    chmod 0644 "$archive"
    echo "loket-op-maat: start archive written ($archive)"
else
    rm -f "$archive"
    echo "loket-op-maat: no start archive written; the desk starts without it" >&2
fi
exit 0
