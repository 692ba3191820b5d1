package org.xingping.bench;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;

import com.lowagie.text.pdf.PdfReader;

/**
 * Prints how long the review-meeting report of the reference campaign takes to generate (issue 8:
 * at most 5 s). The jar starts with {@code --demo} on a fresh data directory, which loads the 2021
 * campaign (712 declarations, the groups' finalised sheets) decided, confirmed, noticed and
 * designated before the web server opens; the benchmark logs in as {@code gongwei} (工委管理员),
 * opens the report page and posts its form with every part chosen and a paragraph of the
 * committee's, as DOCX and as PDF, {@value #WARM_UP} times to warm up and {@link #MEASURED} times
 * to measure, one at a time. The very first DOCX (cold JVM, nothing cached) is printed apart: it is
 * what the first committee member to press the button waits.
 *
 * <p>Server time is the access log's (request read to last byte handed to the socket, the
 * document's writing included); beside it the request thread's CPU time and the client's time on
 * loopback. The first document's contents are read back to print what it holds.
 *
 * <pre>
 * bench/run.sh ReviewReport
 * </pre>
 * Fewer requests: {@code -Dbench.requests=5}.
 */
public final class ReviewReportBenchmark {

    static final int WARM_UP = 3;
    static final int MEASURED = Integer.getInteger("bench.requests", 20);
    static final int YEAR = 2021;
    static final String PAGE = "/reports/" + YEAR + "/review";
    static final Duration PATIENCE = Duration.ofMinutes(8);
    static final String FORM = "sections=NUMBERS&sections=ACHIEVEMENTS&sections=PROBLEMS&sections=GROUPS_AND_UNITS"
            + "&sections=RECTIFICATION&sections=ANNEX&_sections=on&date=2021-12-20&paragraphs%5BNUMBERS%5D="
            + BrowserSession.encode("今年的创建观摩活动组织有力、覆盖全面。");
    private static final Pattern POST = Pattern.compile("^\"POST (\\S+) HTTP/1\\.1\" (\\d{3}) (\\d+) (\\d+|-)$");

    private final BrowserSession browser;

    private ReviewReportBenchmark(int port) {
        this.browser = new BrowserSession(port);
    }

    public static void main(String[] args) throws Exception {
        Path data = Bench.freshDirectory("report/data");
        Path logs = Bench.freshDirectory("report/logs");
        int port = Bench.freePort();
        List<String> arguments = new ArrayList<>(List.of("--demo", "--xingping.data-dir=" + data, "--server.port=" + port));
        arguments.addAll(Bench.accessLogArguments(logs, PageTimes.ACCESS_LOG_PATTERN));
        long started = System.nanoTime();
        Process server = Bench.startJar(Bench.jvmOptions(), arguments, logs.resolve("application.log"));
        try {
            long up = Bench.untilLoginPage(port, started, server, PATIENCE);
            System.out.printf("Review report of the reference campaign %d (--demo: decided, confirmed, designated), every part, "
                    + "%d warm-up and %d measured requests per format, server on loopback (up after %,d ms). %s%n", YEAR,
                    WARM_UP, MEASURED, up, Bench.machine());
            new ReviewReportBenchmark(port).run(logs);
        } finally {
            Bench.stop(server);
        }
    }

    private void run(Path logs) throws Exception {
        browser.logIn("gongwei", "Demo@2021", PAGE);
        String token = Jsoup.parse(browser.get(PAGE).body()).select("input[name=_csrf]").first().attr("value");
        String docxForm = FORM + "&format=docx&_csrf=" + BrowserSession.encode(token);
        String pdfForm = FORM + "&format=pdf&_csrf=" + BrowserSession.encode(token);

        long sent = System.nanoTime();
        HttpResponse<byte[]> first = browser.postForFile(PAGE, docxForm);
        double firstClient = (System.nanoTime() - sent) / 1e6;
        describe(first.body());
        double firstServer = posts(logs, 3).get(0);
        double firstCpu = posts(logs, 4).get(0);

        Map<String, List<Double>> client = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (var format : Map.of("DOCX", docxForm, "PDF", pdfForm).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long at = System.nanoTime();
                HttpResponse<byte[]> response = browser.postForFile(PAGE, format.getValue());
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - at) / 1e6);
                }
                sizes.put(format.getKey(), response.body().length);
            }
            client.put(format.getKey(), millis);
            if (format.getKey().equals("PDF")) {
                PdfReader reader = new PdfReader(browser.postForFile(PAGE, format.getValue()).body());
                System.out.printf("the PDF: %d pages%n", reader.getNumberOfPages());
                reader.close();
            }
        }
        // The access log holds the posts in order: the first DOCX, then DOCX warm-up and measured, then PDF's, then one PDF read.
        List<Double> server = posts(logs, 3);
        List<Double> cpu = posts(logs, 4);
        int docxFrom = 1 + WARM_UP;
        int pdfFrom = 1 + WARM_UP + MEASURED + WARM_UP;
        System.out.println();
        System.out.printf("%-26s %26s  %18s  %26s%n", "", "server time (access log)", "server CPU time", "client on loopback");
        System.out.printf("%-26s %8s %8s %8s  %8s %8s  %8s %8s %8s%n", "report (ms)", "p50", "p95", "max", "p50", "p95", "p50",
                "p95", "max");
        System.out.printf("%-26s %8.1f %17s  %8.1f %8s  %8.1f%n", "first DOCX (cold)", firstServer, "", firstCpu, "", firstClient);
        row("DOCX, " + kb(sizes.get("DOCX")), server.subList(docxFrom, docxFrom + MEASURED), cpu.subList(docxFrom, docxFrom + MEASURED),
                client.get("DOCX"));
        row("PDF, " + kb(sizes.get("PDF")), server.subList(pdfFrom, pdfFrom + MEASURED), cpu.subList(pdfFrom, pdfFrom + MEASURED),
                client.get("PDF"));
        System.out.printf("target: the report generated ≤ 5,000 ms. load average at the end %s%n", Bench.loadAverage());
    }

    private static void row(String kind, List<Double> server, List<Double> cpu, List<Double> client) {
        System.out.printf("%-26s %8.1f %8.1f %8.1f  %8.1f %8.1f  %8.1f %8.1f %8.1f%n", kind, Bench.percentile(server, 50),
                Bench.percentile(server, 95), Bench.percentile(server, 100), Bench.percentile(cpu, 50), Bench.percentile(cpu, 95),
                Bench.percentile(client, 50), Bench.percentile(client, 95), Bench.percentile(client, 100));
    }

    private static String kb(int bytes) {
        return String.format("%,d KB", bytes / 1024);
    }

    /** What the first document holds: its size, paragraphs, tables and table rows, and its opening figures. */
    private static void describe(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            int rows = document.getTables().stream().mapToInt(table -> table.getRows().size()).sum();
            String words = text.getText();
            int figures = words.indexOf("本年度共有");
            System.out.printf("the DOCX: %,d bytes, %d paragraphs, %d tables with %,d rows; \"%s…\"%n", docx.length,
                    document.getParagraphs().size(), document.getTables().size(), rows,
                    figures < 0 ? "" : words.substring(figures, Math.min(words.length(), figures + 60)).replace('\n', ' '));
        }
    }

    /** One figure (3 the time taken, 4 the CPU time) of every POST answered 200, in order, in milliseconds. */
    private static List<Double> posts(Path logs, int figure) throws Exception {
        List<Double> times = new ArrayList<>();
        try (Stream<String> lines = Files.lines(logs.resolve("access.log"))) {
            lines.forEach(line -> {
                Matcher access = POST.matcher(line);
                if (access.matches() && access.group(1).equals(PAGE) && access.group(2).equals("200")
                        && !access.group(figure).equals("-")) {
                    times.add(Long.parseLong(access.group(figure)) / 1000.0);
                }
            });
        }
        return times;
    }
}
