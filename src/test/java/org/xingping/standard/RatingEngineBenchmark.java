package org.xingping.standard;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.xingping.standard.cli.ReferenceCampaign;

/**
 * The engine alone on one core: the reference campaign (712 branches × 23 items × 4 observers =
 * 65,504 item scores) consolidated and evaluated, quotas and honours included. One operation is
 * one item score, so the score is item scores per second; the goal is at least 1,000,000.
 *
 * <pre>
 * ./mvnw -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.xingping.standard.RatingEngineBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RatingEngineBenchmark {

    private static final int ITEM_SCORES = 712 * 23 * 4;

    private RatingEngine engine;
    private List<BranchRecord> records;

    @Setup
    public void referenceCampaign() {
        RatingStandard standard = Standards.reference();
        engine = new RatingEngine(standard);
        records = ReferenceCampaign.records(standard);
        int scores = records.stream().mapToInt(r -> standard.items().stream().mapToInt(i -> r.scores().scoresOf(i.code()).size()).sum()).sum();
        if (scores != ITEM_SCORES) {
            throw new IllegalStateException("expected " + ITEM_SCORES + " item scores, got " + scores);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ITEM_SCORES)
    public Evaluation consolidateAndEvaluate() {
        return engine.evaluate(records, ReferenceCampaign.POPULATION);
    }

    public static void main(String[] args) throws RunnerException {
        for (RunResult result : new Runner(new OptionsBuilder().include(RatingEngineBenchmark.class.getName() + ".*").build()).run()) {
            System.out.printf("%nengine: %,.0f item scores consolidated and evaluated per second on one thread (goal ≥ 1,000,000)%n",
                    result.getPrimaryResult().getScore());
        }
    }
}
