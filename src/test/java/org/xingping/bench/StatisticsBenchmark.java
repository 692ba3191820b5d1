package org.xingping.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server time of each statistics dashboard for the demo's reference year (target ≤ 200 ms each,
 * issue 9): the jar starts with {@code --demo} on a fresh data directory (H2), gongwei logs in,
 * and each dashboard's figures ({@code /statistics/data/…}, one aggregate query or a few), the
 * whole page (every dashboard at once) and a list behind a figure are asked for one at a time;
 * the server's time per request is read from Tomcat's access log. {@code -Dbench.requests=N}
 * sets the measured requests per kind (default 100); {@code -Dbench.only=prefix} one kind.
 *
 * <p>The province's figure (50,000 branches, about 5,000,000 item scores on PostgreSQL, target
 * ≤ 1 s) is {@link StatisticsProvinceBenchmark}.
 */
public final class StatisticsBenchmark {

    static final int WARM_UP = 20;
    static final int MEASURED = Integer.getInteger("bench.requests", 100);
    static final int YEAR = 2021;
    static final Duration PATIENCE = Duration.ofMinutes(8);

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Bench.freshDirectory("statistics/data");
        Path logs = Bench.freshDirectory("statistics/logs");
        int port = Bench.freePort();
        List<String> arguments = new java.util.ArrayList<>(List.of("--demo", "--xingping.data-dir=" + data,
                "--server.port=" + port));
        arguments.addAll(Bench.accessLogArguments(logs, PageTimes.ACCESS_LOG_PATTERN));
        long started = System.nanoTime();
        Process server = Bench.startJar(Bench.jvmOptions(), arguments, logs.resolve("application.log"));
        try {
            long up = Bench.untilLoginPage(port, started, server, PATIENCE);
            System.out.printf("Statistics of the reference campaign %d (--demo, H2), %d warm-up and %d measured requests "
                    + "per kind, server on loopback (up with the demo loaded after %,d ms). %s%n", YEAR, WARM_UP, MEASURED,
                    up, Bench.machine());
            BrowserSession browser = new BrowserSession(port);
            browser.logIn("gongwei", "Demo@2021", "/");
            Map<String, String> kinds = new LinkedHashMap<>();
            for (String dashboard : List.of("progress", "stars", "trend", "kinds", "units", "categories", "heatmap",
                    "groups", "rectification")) {
                kinds.put(dashboard, "/statistics/data/" + dashboard + "?year=" + YEAR);
            }
            kinds.put("unit U001's units", "/statistics/data/units?year=" + YEAR + "&unit=U001");
            kinds.put("whole page", "/statistics?year=" + YEAR);
            kinds.put("list: 2021 four stars", "/statistics/stars/list?year=" + YEAR + "&key=" + YEAR + ":4");
            kinds.put("export: 2021 four stars", "/statistics/stars/export?year=" + YEAR + "&key=" + YEAR + ":4");
            PageTimes.run(browser, logs, kinds, WARM_UP, MEASURED);
            System.out.printf("target: each dashboard ≤ 200 ms server time. load average at the end %s%n",
                    Bench.loadAverage());
        } finally {
            Bench.stop(server);
        }
    }
}
