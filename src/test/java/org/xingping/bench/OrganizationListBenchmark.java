package org.xingping.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Prints the server time of the organisation list with 100,000 organisations (issue 2: p95 at most
 * 50 ms): the jar serves a copy of the data directory the import benchmark left (1,000 units ×
 * 100 organisations), the benchmark logs in over HTTP as a person would (the CSRF token from the
 * page, the SESSION cookie; the first login changes the initial admin password) and asks for
 * each kind of page {@value #MEASURED} times after {@value #WARM_UP} warm-up requests, one at a time.
 *
 * <p>Server time, server CPU time and client time are as {@link PageTimes} says.
 *
 * <pre>
 * bench/run.sh Import 1             # once, to make the data directory
 * bench/run.sh OrganizationList
 * </pre>
 * Fewer requests: {@code -Dbench.requests=50}; only some kinds: {@code -Dbench.only=first}; JVM options
 * for the server: {@code -Dbench.jvm="..."}.
 */
public final class OrganizationListBenchmark {

    static final int WARM_UP = 30;
    static final int MEASURED = Integer.getInteger("bench.requests", 200);

    private final BrowserSession browser;

    private OrganizationListBenchmark(int port) {
        this.browser = new BrowserSession(port);
    }

    public static void main(String[] args) throws Exception {
        Path imported = ImportBenchmark.FILES.resolve("data");
        if (!Files.exists(imported.resolve("xingping.mv.db"))) {
            System.out.println("No imported registry yet: running the import benchmark once.");
            ImportBenchmark.main(new String[] {"1"});
        }
        Path data = Bench.freshDirectory("list/data");
        Bench.copy(imported, data);
        Path logs = Bench.freshDirectory("list/logs");
        int port = Bench.freePort();
        List<String> arguments = new ArrayList<>(List.of("--xingping.data-dir=" + data, "--server.port=" + port));
        arguments.addAll(Bench.accessLogArguments(logs, PageTimes.ACCESS_LOG_PATTERN));
        long started = System.nanoTime();
        Process server = Bench.startJar(Bench.jvmOptions(), arguments, logs.resolve("application.log"));
        try {
            long up = Bench.untilLoginPage(port, started, server, Duration.ofMinutes(3));
            System.out.printf("Organisation list on %,d organisations, %d warm-up and %d measured requests per kind, "
                    + "server on loopback (up after %,d ms). %s%n", 100_000, WARM_UP, MEASURED, up, Bench.machine());
            new OrganizationListBenchmark(port).run(data, logs);
        } finally {
            Bench.stop(server);
        }
    }

    private void run(Path data, Path logs) throws Exception {
        browser.logIn("admin", Files.readString(data.resolve("initial-admin-password")).strip(), "/organizations");
        String unitId = middleUnit(Jsoup.parse(browser.get("/organizations/tree/roots").body()));
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("first page", "/organizations");
        kinds.put("deep page (4,000 of 5,000)", "/organizations?page=4000");
        kinds.put("sorted by name", "/organizations?sort=name,asc");
        kinds.put("filtered by unit", "/organizations?unit=" + unitId);
        kinds.put("filtered by text", "/organizations?text=" + BrowserSession.encode("第37党支部"));
        kinds.put("tree: the units (all 1,000)", "/organizations/tree/roots");
        kinds.put("tree: units, one open", "/organizations/tree/roots?unit=" + unitId);
        kinds.put("tree: a unit's first level", "/organizations/tree?unit=" + unitId);
        PageTimes.run(browser, logs, kinds, WARM_UP, MEASURED);
        System.out.printf("target: p95 ≤ 50 ms server time. load average at the end %s%n", Bench.loadAverage());
    }

    /** A unit from the middle of the tree's units. */
    private static String middleUnit(Document page) {
        List<String> units = page.select("a[href*=unit=]").eachAttr("href").stream()
                .map(href -> href.replaceAll(".*[?&]unit=(\\d+).*", "$1")).filter(id -> id.matches("\\d+"))
                .distinct().toList();
        if (units.isEmpty()) {
            throw new IllegalStateException("no unit link on the list page");
        }
        return units.get(units.size() / 2);
    }
}
