package org.xingping.bench;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;

/**
 * Prints how long the rectification ledger (整改台账) of 3,000 tasks takes to export as XLSX
 * (issue 8: at most 3 s). The jar starts with {@code --demo} on a fresh data directory (the
 * reference campaign 2021 scored, with the demo's simulated problems already tasks); the benchmark
 * logs in over HTTP as {@code gongwei} and assigns tasks through the ledger's own form, a unit at
 * a time to every branch of it, until the 2021 ledger holds at least {@value #TASKS} tasks. Then it
 * downloads the whole ledger {@value #WARM_UP} times to warm up and {@link #MEASURED} times to
 * measure, one at a time, reads the last file back with POI to count its rows, and times the
 * ledger page (counts and first page) the same way. Server time is from the access log, as
 * {@link PageTimes} says; client time includes the transfer on loopback.
 *
 * <pre>
 * bench/run.sh RectificationLedger
 * </pre>
 */
public final class RectificationLedgerBenchmark {

    static final int TASKS = 3_000;
    static final int WARM_UP = 5;
    static final int MEASURED = Integer.getInteger("bench.requests", 20);
    static final int YEAR = 2021;
    static final String EXPORT = "/rectification/" + YEAR + "/export";
    static final String LEDGER = "/rectification/" + YEAR;
    static final Duration PATIENCE = Duration.ofMinutes(6);

    private RectificationLedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Bench.freshDirectory("rectification/data");
        Path logs = Bench.freshDirectory("rectification/logs");
        int port = Bench.freePort();
        List<String> arguments = new ArrayList<>(List.of("--demo", "--xingping.data-dir=" + data, "--server.port=" + port));
        arguments.addAll(Bench.accessLogArguments(logs, PageTimes.ACCESS_LOG_PATTERN));
        long started = System.nanoTime();
        Process server = Bench.startJar(Bench.jvmOptions(), arguments, logs.resolve("application.log"));
        try {
            long up = Bench.untilLoginPage(port, started, server, PATIENCE);
            System.out.printf("Rectification ledger %d exported as XLSX, target ≤ 3 s for %,d tasks (--demo, up after %,d ms). %s%n",
                    YEAR, TASKS, up, Bench.machine());
            BrowserSession browser = new BrowserSession(port);
            browser.logIn("gongwei", "Demo@2021", "/");
            long seeding = System.nanoTime();
            int tasks = total(browser);
            int unit = 1;
            int round = 0;
            while (tasks < TASKS) {
                String code = "U%03d".formatted(unit);
                browser.post(LEDGER, LEDGER + "/tasks", "unitCode=" + code + "&severity=" + (round % 3 == 0 ? "MINOR" : "MODERATE")
                        + "&text=" + BrowserSession.encode("基准测试：台账填写不规范，第" + (round + 1) + "轮（基准数据）"));
                unit++;
                if (unit > 105) {
                    unit = 1;
                    round++;
                }
                tasks = total(browser);
            }
            System.out.printf("ledger holds %,d tasks (assigned through the form in %,d ms)%n", tasks,
                    (System.nanoTime() - seeding) / 1_000_000);

            List<Double> client = new ArrayList<>();
            HttpResponse<byte[]> last = null;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long sent = System.nanoTime();
                last = browser.getBytes(EXPORT);
                if (i >= WARM_UP) {
                    client.add((System.nanoTime() - sent) / 1e6);
                }
            }
            int rows;
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(last.body()))) {
                rows = book.getSheetAt(0).getLastRowNum();
            }
            List<Double> times = PageTimes.byPath(logs, PageTimes.TIME_TAKEN).get(EXPORT);
            times = times.subList(times.size() - MEASURED, times.size());
            System.out.printf("export: %,d bytes, %,d task rows read back with POI%n", last.body().length, rows);
            System.out.printf("%-24s %10s %10s %10s %10s%n", "", "median ms", "p95 ms", "max ms", "client med");
            System.out.printf("%-24s %10.1f %10.1f %10.1f %10.1f%n", "export (server)", Bench.median(times),
                    Bench.percentile(times, 95), times.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    Bench.median(client));
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("ledger page", LEDGER);
            pages.put("ledger, overdue filter", LEDGER + "?state=OVERDUE");
            PageTimes.run(browser, logs, pages, WARM_UP, MEASURED);
            System.out.printf("target: the export of %,d tasks ≤ 3,000 ms. load average at the end %s%n", rows,
                    Bench.loadAverage());
        } finally {
            Bench.stop(server);
        }
    }

    private static int total(BrowserSession browser) throws Exception {
        return Integer.parseInt(Jsoup.parse(browser.get(LEDGER).body()).select("#ledger-counts .stat .value").first()
                .text().replace(",", ""));
    }
}
