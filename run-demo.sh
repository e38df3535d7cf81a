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

java -jar "$server_jar" serve --demo --host 127.0.0.1 --port "$port" --data-dir "$data/server" \
  > "$data/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT

printf 'Starting the server on http://127.0.0.1:%s ' "$port"
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/v1/health" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo; echo "The server stopped; see $data/server.log"; exit 1
  fi
  printf '.'; sleep 1
done
echo
sed -n '/Demo/,$p' "$data/server.log" | head -n 30 || true

java -jar "$client_jar" --server "http://127.0.0.1:$port" --enroll-code DEMO-ANTWERPEN-1 --data-dir "$data/desk"
