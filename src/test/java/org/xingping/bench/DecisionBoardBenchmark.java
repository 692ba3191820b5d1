package org.xingping.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;

/**
 * Prints the server time of the committee's decision pages for the reference campaign (issue 7:
 * the board renders in at most 300 ms). The jar starts with {@code --demo} on a fresh data
 * directory, which loads the reference campaign 2021 (712 forwarded declarations, the groups'
 * finalised sheets) and the committee's confirmed decision of it before the web server opens; the
 * benchmark logs in over HTTP as {@code gongwei} (工委管理员) and asks for each kind of page
 * {@value #WARM_UP} times to warm up and {@link #MEASURED} times to measure, one at a time.
 *
 * <p>The board is assembled from the database and then kept until a fingerprint query finds
 * anything behind it changed. The demo confirms 2021, which changes the fingerprint, so the first
 * request of the whole board after start-up assembles it: that one request is printed apart as
 * "first board (assembled)". It is also the first page of its kind the JVM renders (the template
 * parsed, the view code cold), so it is an upper bound on assembly after a change in service. A
 * confirmed year takes no more facts, so assembly cannot be repeated over HTTP without changing
 * the demo; every other figure is of the cached board, the fingerprint query included.
 *
 * <p>Server time, server CPU time and client time are as {@link PageTimes} says. The server's heap
 * comes from its -Xlog:gc: the peak before a collection while it ran, and what a full collection
 * at the end leaves (the cached board included).
 *
 * <pre>
 * bench/run.sh DecisionBoard
 * </pre>
 * Fewer requests: {@code -Dbench.requests=50}; only some kinds: {@code -Dbench.only=whole}; JVM
 * options for the server: {@code -Dbench.jvm="..."} (for instance
 * {@code -Dbench.jvm="-XX:StartFlightRecording=filename=target/bench/board/board.jfr,settings=profile"}).
 */
public final class DecisionBoardBenchmark {

    static final int WARM_UP = 30;
    static final int MEASURED = Integer.getInteger("bench.requests", 200);
    static final int YEAR = 2021;
    static final String BOARD = "/decision?year=" + YEAR;
    /** The demo loads and decides a whole campaign before the server opens: 1–3 minutes on two cores. */
    static final Duration PATIENCE = Duration.ofMinutes(6);

    private final BrowserSession browser;

    private DecisionBoardBenchmark(int port) {
        this.browser = new BrowserSession(port);
    }

    public static void main(String[] args) throws Exception {
        Path data = Bench.freshDirectory("board/data");
        Path logs = Bench.freshDirectory("board/logs");
        Path gc = logs.resolve("gc.log");
        int port = Bench.freePort();
        List<String> arguments = new ArrayList<>(List.of("--demo", "--xingping.data-dir=" + data, "--server.port=" + port));
        arguments.addAll(Bench.accessLogArguments(logs, PageTimes.ACCESS_LOG_PATTERN));
        List<String> jvm = new ArrayList<>(Bench.jvmOptions());
        jvm.add("-Xlog:gc:file=" + gc);
        long started = System.nanoTime();
        Process server = Bench.startJar(jvm, arguments, logs.resolve("application.log"));
        try {
            long up = Bench.untilLoginPage(port, started, server, PATIENCE);
            System.out.printf("Decision pages of the reference campaign %d (--demo, decided and confirmed), %d warm-up and "
                    + "%d measured requests per kind, server on loopback (up with the demo loaded after %,d ms, CPU %,d ms). "
                    + "%s%n", YEAR, WARM_UP, MEASURED, up, Bench.cpu(server).toMillis(), Bench.machine());
            if (!Bench.jvmOptions().isEmpty()) {
                System.out.printf("JVM options %s%n", Bench.jvmOptions());
            }
            new DecisionBoardBenchmark(port).run(logs);
            System.out.printf("server heap: %s; %s after a full collection at the end (the cached board included)%n",
                    Bench.peakHeap(gc), liveHeap(server, gc));
        } finally {
            Bench.stop(server);
        }
    }

    private void run(Path logs) throws Exception {
        // The home page, not the board: the board's first request must be the one timed below.
        browser.logIn("gongwei", "Demo@2021", "/");
        long sent = System.nanoTime();
        HttpResponse<String> first = browser.get(BOARD);
        double firstClient = (System.nanoTime() - sent) / 1e6;
        int rows = Jsoup.parse(first.body()).select("tr[id^=row-]").size();
        System.out.printf("%-28s %s → %,d bytes, %d branches%n", "first board (assembled)", BOARD, first.body().length(), rows);

        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("whole board", BOARD);
        kinds.put("filtered by unit (U001)", BOARD + "&unit=U001");
        kinds.put("filtered by level (4 stars)", BOARD + "&stars=4");
        kinds.put("calibration", "/decision/calibration?year=" + YEAR);
        kinds.put("a branch (U001-B01)", "/decision/branch/U001-B01?year=" + YEAR);
        PageTimes.run(browser, logs, kinds, WARM_UP, MEASURED);
        // The board's first request is the first of its path in the access log: nothing asked for it before.
        double firstServer = PageTimes.byPath(logs, PageTimes.TIME_TAKEN).get(BOARD).get(0);
        double firstCpu = PageTimes.byPath(logs, PageTimes.CPU).get(BOARD).get(0);
        System.out.printf("%-28s %8.1f %17s  %8.1f %8s  %8.1f%n", "first board (assembled)", firstServer, "", firstCpu, "",
                firstClient);
        System.out.printf("target: the board ≤ 300 ms server time. load average at the end %s%n", Bench.loadAverage());
    }

    /**
     * What a full collection leaves of the server's heap, asked for with jcmd: the live data, the
     * cached board among it. Read from the GC log, where the collection's line says it.
     */
    private static String liveHeap(Process server, Path gc) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "no jcmd to ask for a full collection";
        }
        long before = Files.readAllLines(gc).size();
        Process collect = new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!collect.waitFor(60, TimeUnit.SECONDS) || collect.exitValue() != 0) {
            collect.destroyForcibly();
            return "jcmd GC.run failed";
        }
        // The GC log is written by the server: give its line a moment to arrive.
        for (int tries = 0; tries < 50 && Files.readAllLines(gc).size() == before; tries++) {
            Thread.sleep(100);
        }
        return Bench.heapAfterLastCollection(gc) + " MB used";
    }
}
