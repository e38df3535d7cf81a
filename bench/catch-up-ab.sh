#!/bin/bash
# A/B of the headless catch-up (HeadlessCatchUpBenchMain 10000, peer skipped), runs alternating A then B, PAIRS
# times: B adds the JVM options B_OPTIONS to the bench's own JVM (where the desk runs), e.g. -D properties a trial
# build reads. The rest of the arguments go to both, e.g. -Dlom.bench.server.pg=URL or -Dlom.bench.desks=10.
# Run from the repository root after ./mvnw -q -B -pl bench -am package -DskipTests.
# Usage: bench/catch-up-ab.sh "B_OPTIONS" PAIRS [bench options...]
set -u
CP=bench/target/classes:$(cat bench/target/classpath.txt)
JIT="-XX:+UnlockDiagnosticVMOptions -XX:CompilerDirectivesFile=installer/src/jvm/compiler-directives.json -XX:+DisplayVMOutputToStderr"
B="$1"; PAIRS="$2"; shift 2
for i in $(seq 1 "$PAIRS"); do
  for v in A B; do
    if [ "$v" = A ]; then X=""; else X="$B"; fi
    # shellcheck disable=SC2086
    out=$(java $JIT $X -cp "$CP" -Dlom.peer.dir=/nonexistent "$@" be.antwerpen.lom.bench.client.HeadlessCatchUpBenchMain 10000 2>&1)
    echo "$v $(echo "$out" | grep -oE 'catch-up of 10000 commands[^:]*: [0-9.]+ s|push \+ that pull = [0-9.]+ s' | tr '\n' ' ')|" \
      "$(echo "$out" | grep -oE '/sync/(push|pull) [0-9]+ requests, [0-9.]+ s' | tr '\n' ' ')|" \
      "$(echo "$out" | grep -oE 'server process [0-9.]+ s, desk process [0-9.]+ s')"
  done
done
