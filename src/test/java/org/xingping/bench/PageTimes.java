package org.xingping.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the page benchmarks time pages: each kind of page asked for one at a time, warm-up requests
 * first, and the measured ones read back from Tomcat's access log in {@link #ACCESS_LOG_PATTERN}.
 *
 * <p>Server time is what Tomcat's access log records as the time taken ({@code %D}, microseconds):
 * from the request read to the last byte of the response handed to the socket, view rendering
 * included. A Server-Timing header could only carry the time before the view renders, as the page
 * is being written when rendering ends. Beside it: the CPU time of the request's thread (the
 * product leaves it for the access log, {@code %{xingping.cpu-us}r}), which other work on the
 * machine does not inflate, and the client's time on loopback (request sent to last byte read).
 */
final class PageTimes {

    /** The request line (with its query), the status, the time taken and the request thread's CPU time. */
    static final String ACCESS_LOG_PATTERN = "\"%r\" %s %D %{xingping.cpu-us}r";
    /** Which of the access log's figures: the time taken (%D) or the request thread's CPU time. */
    static final int TIME_TAKEN = 3;
    static final int CPU = 4;
    private static final Pattern ACCESS = Pattern.compile("^\"GET (\\S+) HTTP/1\\.1\" (\\d{3}) (\\d+) (\\d+|-)$");

    private PageTimes() {
    }

    /**
     * Measures each kind of page (path with query, by name), or only those whose name starts with
     * {@code -Dbench.only}, and prints the table.
     */
    static void run(BrowserSession browser, Path logs, Map<String, String> kinds, int warmUp, int measured)
            throws IOException, InterruptedException {
        String only = System.getProperty("bench.only");
        Map<String, String> chosen = new LinkedHashMap<>(kinds);
        if (only != null) {
            chosen.keySet().removeIf(kind -> !kind.startsWith(only));
        }
        printTable(logs, chosen, measure(browser, chosen, warmUp, measured), measured);
    }

    /**
     * Asks for each kind's page {@code warmUp + measured} times, one at a time, and answers the
     * client's times of the measured ones in milliseconds; prints each page's size on first sight.
     */
    private static Map<String, List<Double>> measure(BrowserSession browser, Map<String, String> kinds, int warmUp, int measured)
            throws IOException, InterruptedException {
        Map<String, List<Double>> client = new LinkedHashMap<>();
        for (var kind : kinds.entrySet()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < warmUp + measured; i++) {
                long sent = System.nanoTime();
                HttpResponse<String> response = browser.get(kind.getValue());
                if (i >= warmUp) {
                    millis.add((System.nanoTime() - sent) / 1e6);
                }
                if (i == 0) {
                    System.out.printf("%-28s %s → %,d bytes%n", kind.getKey(), kind.getValue(), response.body().length());
                }
            }
            client.put(kind.getKey(), millis);
        }
        return client;
    }

    /** Prints the p50/p95/max table of the measured requests: server time, server CPU time, client time. */
    private static void printTable(Path logs, Map<String, String> kinds, Map<String, List<Double>> client, int measured)
            throws IOException {
        Map<String, List<Double>> server = lastOf(logs, kinds, measured, TIME_TAKEN);
        Map<String, List<Double>> cpu = lastOf(logs, kinds, measured, CPU);
        System.out.println();
        System.out.printf("%-28s %26s  %18s  %26s%n", "", "server time (access log)", "server CPU time", "client on loopback");
        System.out.printf("%-28s %8s %8s %8s  %8s %8s  %8s %8s %8s%n", "kind (ms)", "p50", "p95", "max", "p50", "p95", "p50",
                "p95", "max");
        for (String kind : kinds.keySet()) {
            List<Double> s = server.get(kind);
            List<Double> u = cpu.get(kind);
            List<Double> c = client.get(kind);
            System.out.printf("%-28s %8.1f %8.1f %8.1f  %8.1f %8.1f  %8.1f %8.1f %8.1f%n", kind, Bench.percentile(s, 50),
                    Bench.percentile(s, 95), Bench.percentile(s, 100), Bench.percentile(u, 50), Bench.percentile(u, 95),
                    Bench.percentile(c, 50), Bench.percentile(c, 95), Bench.percentile(c, 100));
        }
    }

    /**
     * One figure ({@link #TIME_TAKEN} or {@link #CPU}) of every GET the access log holds as answered
     * 200, by request path with its query, in the order served, in milliseconds.
     */
    static Map<String, List<Double>> byPath(Path logs, int figure) throws IOException {
        Map<String, List<Double>> byPath = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(logs.resolve("access.log"))) {
            lines.forEach(line -> {
                Matcher access = ACCESS.matcher(line);
                if (access.matches() && access.group(2).equals("200") && !access.group(figure).equals("-")) {
                    byPath.computeIfAbsent(access.group(1), path -> new ArrayList<>())
                            .add(Long.parseLong(access.group(figure)) / 1000.0);
                }
            });
        }
        return byPath;
    }

    /** Each kind's last {@code measured} requests: the warm-up ones came before them. */
    private static Map<String, List<Double>> lastOf(Path logs, Map<String, String> kinds, int measured, int figure)
            throws IOException {
        Map<String, List<Double>> byPath = byPath(logs, figure);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (var kind : kinds.entrySet()) {
            List<Double> all = byPath.getOrDefault(kind.getValue(), List.of());
            if (all.size() < measured) {
                throw new IllegalStateException("the access log has " + all.size() + " requests of " + kind.getValue());
            }
            times.put(kind.getKey(), all.subList(all.size() - measured, all.size()));
        }
        return times;
    }
}
