#!/bin/sh
# Runs one benchmark of src/test/java/org/xingping/bench and prints its figures:
#   bench/run.sh Startup [runs]     first page after java -jar (target 8 s)
#   bench/run.sh Import [runs]      100,000 organisations from XLSX with -Xmx1g (target 15 s)
#   bench/run.sh OrganizationList   the organisation list on 100,000 organisations (target p95 50 ms)
#   bench/run.sh ScoringLoad [h2|postgres|both] [--kill]
#                                   200 observers saving at once: p99 per save 200 ms, no value lost (issue 6)
#   bench/run.sh DecisionBoard      the decision pages of the demo's reference campaign (target: the board 300 ms, issue 7)
#   bench/run.sh ReviewReport       the review-meeting report of the demo's reference campaign, DOCX and PDF (target 5 s, issue 8)
#   bench/run.sh Calibration [seeds] calibration time at 712 and 7,120 branches, offset errors (issue 7)
#   bench/run.sh RectificationLedger the rectification ledger of 3,000 tasks exported as XLSX (target 3 s, issue 8)
#   bench/run.sh Statistics         each statistics dashboard of the demo's reference year, H2 (target 200 ms, issue 9)
#   bench/run.sh StatisticsProvince each dashboard on a generated province (50,000 branches, ~4,300,000 item
#                                   scores) on the embedded PostgreSQL (target 1 s, issue 9)
# It builds the jar and the test classes first (Calibration needs the test classes only); set
# BENCH_NO_BUILD=1 to skip that.
set -e
cd "$(dirname "$0")/.."
name="${1:?which benchmark: Startup, Import, OrganizationList, ScoringLoad, DecisionBoard, ReviewReport, RectificationLedger, Statistics, StatisticsProvince or Calibration}"
shift
case "$name" in
  Calibration) class=org.xingping.decision.calibration.CalibrationBenchmark; build=test-compile ;;
  *) class="org.xingping.bench.${name}Benchmark"; build="package -DskipTests" ;;
esac
if [ -z "$BENCH_NO_BUILD" ]; then
  ./mvnw -B -ntp $build dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
exec java ${BENCH_JAVA_OPTS} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  "$class" "$@"
