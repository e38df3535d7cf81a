#!/bin/bash
# Runs the server and client test suites with the system date faked to each given moment (ADR 0139), to find
# tests that depend on the day or the hour they run. Not part of CI; needs `apt-get install faketime`, PostgreSQL
# and Xvfb as .ci/run sets them up (LOM_TEST_PG_URL, LOM_TEST_PG_USER, LOM_TEST_PG_PASSWORD, DISPLAY).
# Times are UTC. Run from the repository root after ./mvnw -q -B install -DskipTests.
# Usage: .ci/date-sweep.sh "2026-12-12 14:00:00" "2027-03-28 10:00:00" ...
set -u
command -v faketime >/dev/null || { echo "faketime is not installed (apt-get install faketime)" >&2; exit 2; }
status=0
for moment in "$@"; do
  for module in sync-server client; do
    log="/tmp/date-sweep-$module-$(echo "$moment" | tr ' :' '__').log"
    faketime -f "@$moment" ./mvnw -o -q -B -pl "$module" test > "$log" 2>&1
    rc=$?
    echo "$moment $module: exit $rc, $(grep -c '<<< FAILURE\|<<< ERROR' "$log") failing tests (log: $log)"
    [ "$rc" -eq 0 ] || status=1
  done
done
exit $status
