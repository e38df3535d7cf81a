#!/bin/bash
# Launch of the server ("ServerMain serve") to the first 200 from /api/v1/health, N times (default 5), each in a
# fresh data folder with one staff member (docs/perf-notes/server.md). Run from the repository root after
# ./mvnw -q -B -pl bench -am package -DskipTests. Needs curl. The server starts with the JIT plan its launcher
# passes (ADR 0135); LOM_BENCH_JVM="..." replaces those options (LOM_BENCH_JVM=" " for the JVM's defaults).
set -u
CP=bench/target/classes:$(cat bench/target/classpath.txt)
jvm=${LOM_BENCH_JVM:--XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=installer/src/jvm/compiler-directives.json -XX:+DisplayVMOutputToStderr}
for i in $(seq 1 "${1:-5}"); do
  d=$(mktemp -d); port=$((20000 + RANDOM % 20000))
  LOM_NEW_PASSWORD="bench password 1" java -cp "$CP" be.antwerpen.lom.server.ServerMain create-staff --data-dir "$d" \
    --username bench.start --role AGENT --locations antwerpen > /dev/null 2>&1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $jvm -cp "$CP" be.antwerpen.lom.server.ServerMain serve --data-dir "$d" --host 127.0.0.1 --port "$port" > "$d/log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health" 2>/dev/null | grep -q 200; do
    sleep 0.02
  done
  t1=$(date +%s%N)
  echo "serve to health 200: $(( (t1 - t0) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null; rm -rf "$d"
done
