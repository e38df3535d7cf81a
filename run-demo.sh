#!/usr/bin/env bash
# Runs the product for a demo: the sync server on an embedded SQLite database with generated demo
# data, and one counter desk client enrolled against it. Needs only a JDK 17.
#
#   ./run-demo.sh            fresh demo data every run (kept in ./demo-data until the next run)
#   LOM_DEMO_PORT=9090 ./run-demo.sh
set -euo pipefail
cd "$(dirname "$0")"

port="${LOM_DEMO_PORT:-8080}"
data="${LOM_DEMO_DIR:-$PWD/demo-data}"

echo "Building (first run downloads Maven and the dependencies)..."
./mvnw -q -B -DskipTests -pl sync-server,client -am package

rm -rf "$data"
mkdir -p "$data/server" "$data/desk"

server_jar=$(ls sync-server/target/sync-server-*-all.jar)
client_jar=$(ls client/target/client-*-all.jar)

# The JIT plan both programs are installed with (ADR 0135): C2 compiles only crypto, the slot search and the
# PDF pack, the rest stays on C1 code, which is compiled quickly.
jit=(-XX:+UnlockDiagnosticVMOptions "-XX:CompilerDirectivesFile=$PWD/installer/src/jvm/compiler-directives.json"
  -XX:+DisplayVMOutputToStderr)

java "${jit[@]}" -jar "$server_jar" serve --demo --host 127.0.0.1 --port "$port" --data-dir "$data/server" \
  > "$data/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT

echo "Starting the server on http://127.0.0.1:$port and preparing the demo data:"
# Show the server's own progress lines (demo date, staff, appointments per location) as they come,
# instead of dots, until it answers.
shown=0
started=$(date +%s)
ready=no
for _ in $(seq 1 240); do
  lines=$(wc -l < "$data/server.log" 2>/dev/null || echo 0)
  if [ "$lines" -gt "$shown" ]; then
    sed -n "$((shown + 1)),${lines}p" "$data/server.log" | grep -v '^\s*at \|DEBUG\|TRACE' | sed 's/^/  /' || true
    shown=$lines
  fi
  if curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "The server stopped; see $data/server.log"; exit 1
  fi
  sleep 0.5
done
if [ "$ready" != yes ]; then
  echo "The server did not answer within two minutes; see $data/server.log"; exit 1
fi
sed -n "$((shown + 1)),\$p" "$data/server.log" | grep -v '^\s*at ' | head -n 30 | sed 's/^/  /' || true
echo "Server ready after $(( $(date +%s) - started )) s."

# On a Sunday or public holiday the demo runs on the next open day (ADR 0118): the desk takes the
# server's clock offset, and its window title shows the demo date.
offset=$(sed -n 's/.*demo clock offset: \(-\{0,1\}[0-9]*\) s.*/\1/p' "$data/server.log" | head -n 1)
offset=${offset:-0}
# A class-data archive of the desk's classes starts it faster (ADR 0133). It is valid only for the exact jar
# it was made with, so the desk runs from a copy kept next to the archive; a rebuilt jar replaces both. The
# first run of a jar writes the archive when the desk is closed, later runs use it. A missing, partly written
# or stale archive is never wrong: the JVM then starts without it (a stale one with a warning).
cds_dir="${LOM_DEMO_CDS_DIR:-$PWD/client/target/desk-start}"
mkdir -p "$cds_dir"
desk_jar="$cds_dir/loket-op-maat-desk.jar"
if ! cmp -s "$client_jar" "$desk_jar"; then
  cp "$client_jar" "$desk_jar"
  rm -f "$cds_dir/desk.jsa"
fi
if [ -s "$cds_dir/desk.jsa" ]; then
  cds="-XX:SharedArchiveFile=$cds_dir/desk.jsa"
  echo "Desk start: using the class-data archive $cds_dir/desk.jsa."
else
  cds="-XX:ArchiveClassesAtExit=$cds_dir/desk.jsa"
  echo "Desk start: a class-data archive for faster starts is written when you close the desk (a few seconds)."
fi
echo "Opening the desk (enrollment code DEMO-ANTWERPEN-1, log in as agent.antwerpen / demo)..."
java "${jit[@]}" -Xshare:auto "$cds" -Xlog:cds*=off -Dlom.demoClockOffsetSeconds="$offset" -jar "$desk_jar" --server "http://127.0.0.1:$port" \
  --enroll-code DEMO-ANTWERPEN-1 --data-dir "$data/desk"
