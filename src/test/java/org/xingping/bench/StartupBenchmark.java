package org.xingping.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long {@code java -jar target/xingping.jar} takes until {@code GET /login} answers 200
 * on the embedded database (issue 2: at most 8 s). Four starts, each in a new JVM:
 *
 * <ul>
 * <li>plain first start on a fresh data directory (migrations, the initial admin account);
 * <li>plain start again on that directory (what every later start pays);
 * <li>the same again with the class-data-sharing archive the build wrote
 *     ({@code -XX:SharedArchiveFile=target/xingping.jsa}, ADR 023), as the README starts it;
 * <li>{@code --demo} first start on a fresh data directory, with the archive: the README's run
 *     command. Demo data loads after the server is up, so the time until the demo accounts can log
 *     in is printed too.
 * </ul>
 *
 * <p>Time runs from just before the process is started until the answer: JVM start, the fat jar,
 * Spring, the first request. The CPU time of all the JVM's threads until then is printed beside it:
 * other work on the machine stretches the wall time, not the CPU time. Every kind is repeated (default 3, or the first argument), and the load
 * average is printed with the figures: other work on the machine shows in them.
 *
 * <pre>
 * bench/run.sh Startup [runs]
 * </pre>
 * Extra JVM options or application arguments for an experiment: {@code -Dbench.jvm="..."},
 * {@code -Dbench.args="..."}.
 */
public final class StartupBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> jvm = Bench.jvmOptions();
        List<String> extra = split(System.getProperty("bench.args", ""));
        System.out.printf("Start-up of %s until GET /login answers 200; target 8 s. %s%n", Bench.jar(), Bench.machine());
        if (!jvm.isEmpty() || !extra.isEmpty()) {
            System.out.printf("JVM options %s, arguments %s%n", jvm, extra);
        }
        List<String> archived = new ArrayList<>(Bench.withArchive());
        archived.addAll(jvm);
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        List<Double> againArchived = new ArrayList<>();
        List<Double> demo = new ArrayList<>();
        List<Double> demoReady = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Bench.freshDirectory("startup/plain");
            first.add(start("plain, first start   ", data.resolveSibling("plain-" + run + "a.log"), run, data, jvm,
                    extra));
            again.add(start("plain, second start  ", data.resolveSibling("plain-" + run + "b.log"), run, data, jvm,
                    extra));
            againArchived.add(start("archive, second start", data.resolveSibling("plain-" + run + "c.log"), run, data,
                    archived, extra));
            Path demoData = Bench.freshDirectory("startup/demo");
            List<String> demoArguments = new ArrayList<>(extra);
            demoArguments.add(0, "--demo");
            double[] demoTimes = startDemo(run, demoData, archived, demoArguments);
            demo.add(demoTimes[0]);
            demoReady.add(demoTimes[1]);
        }
        System.out.println();
        summary("plain, first start    → /login 200", first);
        summary("plain, second start   → /login 200", again);
        summary("archive, second start → /login 200", againArchived);
        summary("--demo with archive, first start → /login 200", demo);
        summary("--demo with archive, first start → demo loaded", demoReady);
        System.out.printf("load average at the end %s%n", Bench.loadAverage());
    }

    private static double start(String kind, Path log, int run, Path data, List<String> jvm, List<String> extra)
            throws Exception {
        int port = Bench.freePort();
        List<String> arguments = new ArrayList<>(List.of("--xingping.data-dir=" + data, "--server.port=" + port));
        arguments.addAll(extra);
        long started = System.nanoTime();
        Process process = Bench.startJar(jvm, arguments, log);
        try {
            long millis = Bench.untilLoginPage(port, started, process, PATIENCE);
            System.out.printf("%s #%d: %,6d ms, CPU %,6d ms   (%s; load %s)%n", kind, run, millis,
                    Bench.cpu(process).toMillis(), springSays(log), Bench.loadAverage());
            return millis;
        } finally {
            Bench.stop(process);
        }
    }

    /** Answers the time until /login and the time until the demo data is loaded, both from process start. */
    private static double[] startDemo(int run, Path data, List<String> jvm, List<String> extra) throws Exception {
        int port = Bench.freePort();
        Path log = data.resolveSibling("demo-" + run + ".log");
        List<String> arguments = new ArrayList<>(extra);
        arguments.addAll(List.of("--xingping.data-dir=" + data, "--server.port=" + port));
        long started = System.nanoTime();
        Process process = Bench.startJar(jvm, arguments, log);
        try {
            long millis = Bench.untilLoginPage(port, started, process, PATIENCE);
            long cpu = Bench.cpu(process).toMillis();
            long loaded = millis;
            while (Bench.logLine(log, "Demo data loaded").isEmpty()) {
                if (System.nanoTime() - started > PATIENCE.toNanos()) {
                    throw new IllegalStateException("demo data not loaded within " + PATIENCE);
                }
                Thread.sleep(20);
                loaded = (System.nanoTime() - started) / 1_000_000;
            }
            System.out.printf("--demo with archive, first start #%d: %,6d ms, CPU %,6d ms; "
                    + "demo data loaded at %,d ms   (%s; load %s)%n", run, millis, cpu, loaded, springSays(log),
                    Bench.loadAverage());
            return new double[] {millis, loaded};
        } finally {
            Bench.stop(process);
        }
    }

    /** Spring's own account: "Started XingPingApplication in 6.1 seconds (process running for 7.0)". */
    private static String springSays(Path log) {
        String line = Bench.logLine(log, "Started XingPingApplication in");
        int at = line.indexOf("Started ");
        return at < 0 ? "no start line in the log" : line.substring(at);
    }

    private static void summary(String kind, List<Double> millis) {
        System.out.printf("%-48s median %,6.0f ms, min %,6.0f, max %,6.0f  (%d runs; target 8,000 ms)%n", kind,
                Bench.median(millis), millis.stream().mapToDouble(d -> d).min().orElse(0),
                millis.stream().mapToDouble(d -> d).max().orElse(0), millis.size());
    }

    private static List<String> split(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
