#!/bin/sh
# Runs one benchmark of src/test/java/org/xingping/bench and prints its figures:
#   bench/run.sh Startup [runs]     first page after java -jar (target 8 s)
#   bench/run.sh Import [runs]      100,000 organisations from XLSX with -Xmx1g (target 15 s)
#   bench/run.sh OrganizationList   the organisation list on 100,000 organisations (target p95 50 ms)
# It builds the jar and the test classes first; set BENCH_NO_BUILD=1 to skip that.
set -e
cd "$(dirname "$0")/.."
name="${1:?which benchmark: Startup, Import or OrganizationList}"
shift
if [ -z "$BENCH_NO_BUILD" ]; then
  ./mvnw -B -ntp package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
exec java ${BENCH_JAVA_OPTS} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  "org.xingping.bench.${name}Benchmark" "$@"
