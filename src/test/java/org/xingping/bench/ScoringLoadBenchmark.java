package org.xingping.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Prints what 200 observers scoring at once cost each save (issue 6: p99 at most 200 ms per save,
 * no error, every value in the ledger afterwards; and with the server killed and restarted
 * mid-run, no acknowledged value lost).
 *
 * <p>The jar runs with {@code --demo} on a fresh data directory, on the embedded H2 file database
 * and on PostgreSQL (zonky's embedded server, started here with {@code synchronous_commit=on} as a
 * production server has it). The demo has 20 observer accounts, so the 200 virtual observers are
 * 20 accounts × 10 branches of their group's published plan: each virtual observer is one login
 * session (one phone) of its account and one sheet of its own, 200 distinct sheets. A real observer
 * scores one branch at a time; here each account has ten sheets open at once, which changes nothing
 * on the server but the number of sessions per account.
 *
 * <p>The observers arrive at random over the first 10 s ({@code bench.ramp}); each opens its
 * branch's sheet as the itinerary links it, then enters every
 * item of the reference standard, one POST per item with a fresh request key and a value its rule
 * takes (read from the sheet's inputs), after a think time of 0.5–1.5 × {@code bench.think} (1,000 ms
 * by default; a person takes a minute or more, so this is the crowd at its fastest), then
 * submits. A save that meets a network error or a 5xx is resent with the same key until it is
 * acknowledged. The save's latency runs from its first send to the acknowledgement, on the client,
 * over loopback. Afterwards the server stops and the database is read directly: every acknowledged
 * key must be in {@code score_ledger} with its value, each sheet must hold every item once (one
 * ledger row, version 1) and be submitted.
 *
 * <p>With {@code --kill} the server is killed ({@code kill -9}) once 40 % of the saves are
 * acknowledged and started again on the same database; the observers resend what was not
 * acknowledged.
 *
 * <pre>
 * bench/run.sh ScoringLoad [h2|postgres|both] [--kill]
 * </pre>
 * Before the clock starts, each account fills one more sheet without think time, so the server
 * is warm as it is after a while in service (a restart in kill mode is cold).
 *
 * <p>Options: {@code -Dbench.think=ms} (mean think time; 0 sends as fast as the server answers),
 * {@code -Dbench.ramp=ms} (arrivals spread, 10,000),
 * {@code -Dbench.branches=n} (sheets per account, 10), {@code -Dbench.jvm="..."} (server JVM options).
 */
public final class ScoringLoadBenchmark {

    static final int ACCOUNTS = 20;
    static final int BRANCHES_PER_ACCOUNT = Integer.getInteger("bench.branches", 10);
    static final long THINK_MS = Long.getLong("bench.think", 1000);
    /** Observers arrive over this many milliseconds, not all in the same instant. */
    static final long RAMP_MS = Long.getLong("bench.ramp", 10_000);
    static final String PASSWORD = "Demo@2021";
    static final double KILL_AT = 0.4;
    /** A save not acknowledged after this long counts as an error. */
    static final Duration GIVE_UP = Duration.ofMinutes(5);
    static final Duration PATIENCE = Duration.ofMinutes(5);

    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"(\\w+)\"");

    private ScoringLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String databases = "both";
        boolean kill = false;
        for (String arg : args) {
            if (arg.equals("--kill")) {
                kill = true;
            } else {
                databases = arg;
            }
        }
        if (!Set.of("h2", "postgres", "both").contains(databases)) {
            System.err.println("usage: bench/run.sh ScoringLoad [h2|postgres|both] [--kill]");
            System.exit(2);
        }
        System.out.printf("Scoring load: %d virtual observers = %d demo accounts × %d branches of their group's plan"
                        + " (one login session and one sheet each), arriving over %,d ms, think time %s; target p99 ≤ 200 ms per save, 0 errors,"
                        + " every value in the ledger%s. %s%n", ACCOUNTS * BRANCHES_PER_ACCOUNT, ACCOUNTS,
                BRANCHES_PER_ACCOUNT, RAMP_MS, THINK_MS == 0 ? "none" : "%,d–%,d ms".formatted(THINK_MS / 2, THINK_MS * 3 / 2),
                kill ? "; kill -9 at 40 % of the saves and restart: no acknowledged value lost" : "", Bench.machine());
        List<String> summaries = new ArrayList<>();
        if (!databases.equals("postgres")) {
            summaries.add(new ScoringLoadBenchmark.Run("H2", kill).call(null));
        }
        if (!databases.equals("h2")) {
            // The embedded server's start-up chatter would bury the figures.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
                    .builder().setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100")
                    .start();
            try {
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("create database xingping");
                }
                summaries.add(new ScoringLoadBenchmark.Run("PostgreSQL", kill)
                        .call(postgres.getJdbcUrl("postgres", "xingping")));
            } finally {
                postgres.close();
            }
        }
        System.out.println();
        summaries.forEach(System.out::println);
        System.out.printf("load average at the end %s%n", Bench.loadAverage());
    }

    /** One run against one database: the server, the crowd, the kill if asked, and the check. */
    private static final class Run {

        private final String database;
        private final boolean kill;
        private final int port = Bench.freePort();
        private final Path directory;
        private final Path data;
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new HashMap<>();
        private volatile Process server;
        private final AtomicLong serverCpuMillis = new AtomicLong();
        private long cpuOfEarlierServers;

        private final Tally tally = new Tally();
        private final Tally warmUpTally = new Tally();
        private final ConcurrentLinkedQueue<Ack> acks = tally.acks;
        private final ConcurrentLinkedQueue<Double> opens = tally.opens;
        private final ConcurrentLinkedQueue<Double> submits = tally.submits;
        private final ConcurrentLinkedQueue<String> errors = tally.errors;
        private final AtomicInteger resent = tally.resent;
        private final AtomicInteger loginsAgain = tally.loginsAgain;
        private volatile long killedAt;
        private volatile long restartedAt;

        Run(String database, boolean kill) {
            this.database = database;
            this.kill = kill;
            this.directory = Bench.freshDirectory("scoring-load/" + database.toLowerCase(Locale.ROOT) + (kill ? "-kill" : ""));
            this.data = directory.resolve("data");
            // The demo without its simulated sheets: every observer's branches are still to be scored.
            arguments.addAll(List.of("--demo", "--xingping.demo-sheets=false", "--xingping.data-dir=" + data,
                    "--server.port=" + port));
            arguments.addAll(Bench.accessLogArguments(directory, "%m %U %s %D %{xingping.cpu-us}r"));
        }

        String call(String postgresUrl) throws Exception {
            if (postgresUrl != null) {
                arguments.add("--spring.profiles.active=postgres");
                environment.put("XINGPING_DB_URL", postgresUrl);
                environment.put("XINGPING_DB_USER", "postgres");
                environment.put("XINGPING_DB_PASSWORD", "");
            }
            System.out.println();
            long started = System.nanoTime();
            server = Bench.startJar(Bench.jvmOptions(), arguments, environment, directory.resolve("server-1.log"));
            long up = Bench.untilLoginPage(port, started, server, PATIENCE);
            System.out.printf("%s: server up with the demo after %,d ms (port %d, data %s)%n", database, up, port, data);

            List<VirtualObserver> crowd = prepare();
            int items = crowd.get(0).expectedItems;
            int saves = crowd.size() * items;
            System.out.printf("%s: %d virtual observers logged in, %d sheets of %d items (%,d saves) to fill%n",
                    database, crowd.size(), crowd.size(), items, saves);

            long cpuBefore = Bench.cpu(server).toMillis();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(crowd.size());
            List<Future<?>> running = new ArrayList<>();
            for (VirtualObserver observer : crowd) {
                running.add(threads.submit(() -> {
                    go.await();
                    observer.score();
                    return null;
                }));
            }
            long begin = System.nanoTime();
            go.countDown();
            boolean killed = false;
            while (running.stream().anyMatch(future -> !future.isDone())) {
                serverCpuMillis.set(cpuOfEarlierServers + Bench.cpu(server).toMillis() - cpuBefore);
                if (kill && !killed && acks.size() >= saves * KILL_AT) {
                    killed = true;
                    killAndRestart(saves, cpuBefore);
                }
                Thread.sleep(20);
            }
            long end = System.nanoTime();
            for (Future<?> future : running) {
                future.get();
            }
            threads.shutdown();
            long serverCpu = serverCpuMillis.get();
            Bench.stop(server);
            String verdict = verify(crowd);
            return report(crowd, saves, (end - begin) / 1e9, serverCpu, verdict);
        }

        private void killAndRestart(int saves, long cpuBefore) throws InterruptedException {
            cpuOfEarlierServers = serverCpuMillis.get() + cpuBefore;
            int acknowledged = acks.size();
            killedAt = System.nanoTime();
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no connection pool closed, no flush
            server.waitFor();
            System.out.printf("%s: killed the server (kill -9) after %,d of %,d saves were acknowledged; starting it"
                    + " again on the same database%n", database, acknowledged, saves);
            long started = System.nanoTime();
            server = Bench.startJar(Bench.jvmOptions(), arguments, environment, directory.resolve("server-2.log"));
            long up = Bench.untilLoginPage(port, started, server, PATIENCE);
            restartedAt = System.nanoTime();
            System.out.printf("%s: server answering again %,d ms after the kill%n", database,
                    (restartedAt - killedAt) / 1_000_000);
        }

        /** Logs every virtual observer in and finds its account's branches; before the clock starts. */
        private List<VirtualObserver> prepare() throws Exception {
            List<VirtualObserver> crowd = new ArrayList<>();
            ExecutorService logins = Executors.newFixedThreadPool(4);
            List<Future<List<VirtualObserver>>> accounts = new ArrayList<>();
            for (int account = 1; account <= ACCOUNTS; account++) {
                String username = "obs%02d".formatted(account);
                int number = account;
                accounts.add(logins.submit(() -> {
                    Device first = new Device(port);
                    first.logIn(username);
                    List<String> branches = first.branches(BRANCHES_PER_ACCOUNT + 1);
                    List<VirtualObserver> mine = new ArrayList<>();
                    for (int b = 0; b < BRANCHES_PER_ACCOUNT; b++) {
                        Device device = b == 0 ? first : new Device(port);
                        if (b > 0) {
                            device.logIn(username);
                        }
                        mine.add(new VirtualObserver(tally, false, (number - 1) * BRANCHES_PER_ACCOUNT + b, username,
                                branches.get(b), device));
                    }
                    // The account's next branch warms the server up, in the same session as its first.
                    mine.add(new VirtualObserver(warmUpTally, true, number, username,
                            branches.get(BRANCHES_PER_ACCOUNT), first));
                    return mine;
                }));
            }
            List<VirtualObserver> warmUp = new ArrayList<>();
            for (Future<List<VirtualObserver>> account : accounts) {
                for (VirtualObserver observer : account.get()) {
                    (observer.warmUp ? warmUp : crowd).add(observer);
                }
            }
            logins.shutdown();
            // A server that has run a while: each account fills one sheet of its own first, as fast as it can.
            ExecutorService warming = Executors.newFixedThreadPool(warmUp.size());
            long warmStart = System.nanoTime();
            for (Future<?> done : warming.invokeAll(warmUp.stream().map(observer -> (java.util.concurrent.Callable<Void>) () -> {
                observer.score();
                return null;
            }).toList())) {
                done.get();
            }
            warming.shutdown();
            System.out.printf("%s: warm-up: %d sheets (one per account, its %dth branch) filled and submitted without"
                            + " think time in %,d ms: %d saves, %d errors%n", database, warmUp.size(),
                    BRANCHES_PER_ACCOUNT + 1, (System.nanoTime() - warmStart) / 1_000_000, warmUpTally.acks.size(),
                    warmUpTally.errors.size());
            warmUpTally.errors.stream().limit(3).forEach(error -> System.out.println("  " + error));
            // Every sheet has as many items as the standard; the first page opened tells how many.
            int items = crowd.get(0).device.countItems(crowd.get(0).branch);
            crowd.forEach(observer -> observer.expectedItems = items);
            return crowd;
        }

        /** Reads the database the server left: every acknowledged value, once, in every sheet. */
        private String verify(List<VirtualObserver> crowd) throws SQLException {
            Map<String, String[]> ledger = new HashMap<>();
            Map<Long, Integer> ledgerRows = new HashMap<>();
            Map<Long, Map<String, String[]>> values = new HashMap<>();
            Map<Long, String> status = new HashMap<>();
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery(
                        "select request_key, sheet_id, item_code, new_value from score_ledger")) {
                    while (rows.next()) {
                        ledger.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3), rows.getString(4)});
                        ledgerRows.merge(rows.getLong(2), 1, Integer::sum);
                    }
                }
                try (ResultSet rows = statement.executeQuery("select sheet_id, item_code, value, version from sheet_value")) {
                    while (rows.next()) {
                        values.computeIfAbsent(rows.getLong(1), id -> new HashMap<>())
                                .put(rows.getString(2), new String[] {rows.getString(3), rows.getString(4)});
                    }
                }
                try (ResultSet rows = statement.executeQuery("select id, status from score_sheet")) {
                    while (rows.next()) {
                        status.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
            int missing = 0;
            for (Ack ack : acks) {
                String[] row = ledger.get(ack.key());
                if (row == null || Long.parseLong(row[0]) != ack.sheetId() || !row[1].equals(ack.item())
                        || !row[2].equals(ack.value())) {
                    missing++;
                }
            }
            int twice = 0;
            int incomplete = 0;
            int notSubmitted = 0;
            Set<String> acknowledgedKeys = new HashSet<>();
            acks.forEach(ack -> acknowledgedKeys.add(ack.key()));
            int unacknowledged = 0;
            for (VirtualObserver observer : crowd) {
                long sheet = observer.sheetId;
                int rows = ledgerRows.getOrDefault(sheet, 0);
                if (rows > observer.expectedItems) {
                    twice += rows - observer.expectedItems;
                }
                Map<String, String[]> stored = values.getOrDefault(sheet, Map.of());
                boolean complete = stored.size() == observer.expectedItems && observer.intended.entrySet().stream()
                        .allMatch(entry -> stored.containsKey(entry.getKey())
                                && stored.get(entry.getKey())[0].equals(entry.getValue())
                                && stored.get(entry.getKey())[1].equals("1"));
                if (!complete) {
                    incomplete++;
                }
                if (!"SUBMITTED".equals(status.get(sheet))) {
                    notSubmitted++;
                }
            }
            Set<Long> sheets = new HashSet<>();
            crowd.forEach(observer -> sheets.add(observer.sheetId));
            for (var entry : ledger.entrySet()) {
                if (sheets.contains(Long.parseLong(entry.getValue()[0])) && !acknowledgedKeys.contains(entry.getKey())) {
                    unacknowledged++;
                }
            }
            return ("ledger: %,d of %,d acknowledged keys present with their value (lost %d); rows beyond one per item"
                    + " (applied twice) %d; ledger rows never acknowledged %d; sheets with every item once at version 1"
                    + " %d of %d; submitted %d of %d").formatted(acks.size() - missing, acks.size(), missing, twice,
                    unacknowledged, crowd.size() - incomplete, crowd.size(), crowd.size() - notSubmitted, crowd.size());
        }

        private Connection connect() throws SQLException {
            String url = environment.get("XINGPING_DB_URL");
            if (url != null) {
                return DriverManager.getConnection(url, "postgres", "");
            }
            return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("xingping")
                    + ";MODE=PostgreSQL;NON_KEYWORDS=YEAR,VALUE,KEY,DAY,MONTH", "xingping", "");
        }

        private String report(List<VirtualObserver> crowd, int saves, double seconds, long serverCpu, String verdict) {
            List<Double> all = acks.stream().map(Ack::millis).toList();
            List<Double> calm = acks.stream().filter(ack -> !acrossTheKill(ack)).map(Ack::millis).toList();
            long replays = acks.stream().filter(ack -> ack.kind().equals("ALREADY_SAVED")).count();
            String title = database + (kill ? ", killed and restarted" : "");
            StringBuilder out = new StringBuilder();
            out.append("== %s: %d observers, %,d saves acknowledged of %,d (%,d first applied, %,d answered as already"
                    .formatted(title, crowd.size(), acks.size(), saves, acks.size() - replays, replays))
                    .append(" saved) in %.1f s, %.0f saves/s; server CPU %,d ms (%.2f ms per save)%n"
                            .formatted(seconds, acks.size() / seconds, serverCpu, (double) serverCpu / Math.max(1, acks.size())));
            out.append("   save latency, first send to acknowledgement: %s   target p99 ≤ 200 ms%n".formatted(figures(all)));
            if (kill) {
                out.append("   saves not caught by the kill:                %s%n".formatted(figures(calm)));
                out.append("   saves sent before the kill or while the server was down: %d, max %.0f ms%n"
                        .formatted(all.size() - calm.size(), all.isEmpty() ? 0 : Bench.percentile(all, 100)));
            }
            out.append("   opening a sheet: %s%n".formatted(figures(new ArrayList<>(opens))));
            out.append("   submitting:      %s%n".formatted(figures(new ArrayList<>(submits))));
            out.append(serverTimes());
            out.append("   errors: %d; resent after a network error or a 5xx: %d; logged in again: %d%n"
                    .formatted(errors.size(), resent.get(), loginsAgain.get()));
            errors.stream().limit(5).forEach(error -> out.append("     ").append(error).append('\n'));
            out.append("   ").append(verdict);
            return out.toString();
        }

        /**
         * The server's own account of the measured requests, from Tomcat's access log: the time taken
         * (request read to response handed to the socket) and the CPU time of the request's thread,
         * which the other work on the machine does not inflate.
         */
        private String serverTimes() {
            Map<String, List<Double>> time = new LinkedHashMap<>();
            Map<String, List<Double>> cpu = new LinkedHashMap<>();
            Set<Long> sheets = new HashSet<>();
            acks.forEach(ack -> sheets.add(ack.sheetId()));
            try (var lines = java.nio.file.Files.lines(directory.resolve("access.log"))) {
                lines.forEach(line -> {
                    String[] field = line.split(" ");
                    Matcher path = Pattern.compile("^/scoring/(?:sheets/(\\d+)(/values|/submit)?|branch/.*)$").matcher(field[1]);
                    if (field.length < 5 || !path.matches() || field[4].equals("-")
                            || (path.group(1) != null && !sheets.contains(Long.parseLong(path.group(1))))) {
                        return;
                    }
                    String kind = path.group(2) != null ? field[0] + " " + path.group(2).substring(1)
                            : path.group(1) != null ? "GET sheet" : "GET branch";
                    time.computeIfAbsent(kind, k -> new ArrayList<>()).add(Long.parseLong(field[3]) / 1000.0);
                    cpu.computeIfAbsent(kind, k -> new ArrayList<>()).add(Long.parseLong(field[4]) / 1000.0);
                });
            } catch (IOException e) {
                return "   (no access log: " + e + ")%n".formatted();
            }
            StringBuilder out = new StringBuilder();
            for (String kind : time.keySet()) {
                List<Double> cpus = cpu.get(kind);
                out.append("   server, %-12s time taken %s; thread CPU p50 %.1f ms, p99 %.1f, mean %.1f%n".formatted(kind,
                        figures(time.get(kind)), Bench.percentile(cpus, 50), Bench.percentile(cpus, 99),
                        cpus.stream().mapToDouble(d -> d).average().orElse(0)));
            }
            return out.toString();
        }

        private boolean acrossTheKill(Ack ack) {
            return killedAt != 0 && ack.ackNanos() > killedAt && ack.sentNanos() < restartedAt;
        }

        private static String figures(List<Double> millis) {
            if (millis.isEmpty()) {
                return "none";
            }
            return "n %,d, p50 %.1f ms, p95 %.1f, p99 %.1f, max %.1f".formatted(millis.size(), Bench.percentile(millis, 50),
                    Bench.percentile(millis, 95), Bench.percentile(millis, 99), Bench.percentile(millis, 100));
        }
    }

    /** What the observers of one phase saw. */
    private static final class Tally {
        final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> opens = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Double> submits = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicInteger resent = new AtomicInteger();
        final AtomicInteger loginsAgain = new AtomicInteger();
    }

    /** One acknowledged save: which key set what, and when. */
    record Ack(long sheetId, String item, String value, String key, String kind, long sentNanos, long ackNanos) {

        double millis() {
            return (ackNanos - sentNanos) / 1e6;
        }
    }

    /** One observer with one phone scoring one branch. */
    private static final class VirtualObserver {

        private final Tally tally;
        private final boolean warmUp;
        private final int number;
        private final String username;
        private final String branch;
        private final Device device;
        private final Random random;
        private final Map<String, String> intended = new LinkedHashMap<>();
        private long sheetId;
        private int expectedItems;

        VirtualObserver(Tally tally, boolean warmUp, int number, String username, String branch, Device device) {
            this.tally = tally;
            this.warmUp = warmUp;
            this.number = number;
            this.username = username;
            this.branch = branch;
            this.device = device;
            this.random = new Random(2021L * 1000 + number);
        }

        void score() throws InterruptedException {
            if (!warmUp) {
                Thread.sleep((long) (RAMP_MS * random.nextDouble()));
            }
            long sent = System.nanoTime();
            Document sheet;
            try {
                sheet = openSheet();
            } catch (IOException | RuntimeException failed) {
                tally.errors.add(username + " " + branch + ": the sheet did not open: " + failed);
                return;
            }
            tally.opens.add((System.nanoTime() - sent) / 1e6);
            for (Element item : sheet.select("div.sheet-item[data-item]")) {
                intended.put(item.attr("data-item"), valueFor(item));
            }
            for (var entry : intended.entrySet()) {
                think(0.5 + random.nextDouble());
                save(entry.getKey(), entry.getValue());
            }
            think(0.5 + random.nextDouble());
            submit();
        }

        private Document openSheet() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (true) {
                try {
                    HttpResponse<String> opened = device.get("/scoring/branch/" + branch);
                    String location = opened.headers().firstValue("Location").orElse("");
                    Matcher id = Pattern.compile("/scoring/sheets/(\\d+)$").matcher(location);
                    if (opened.statusCode() != 302 || !id.find()) {
                        throw new IllegalStateException("GET /scoring/branch/" + branch + " answered "
                                + opened.statusCode() + " " + location);
                    }
                    sheetId = Long.parseLong(id.group(1));
                    return device.page("/scoring/sheets/" + sheetId);
                } catch (IOException | ServerError notNow) {
                    if (System.nanoTime() > deadline) {
                        throw notNow instanceof IOException io ? io : new IOException(notNow);
                    }
                    tally.resent.incrementAndGet();
                    Thread.sleep(200);
                }
            }
        }

        /** A value the item's input takes: a grade or yes/no from the list, points by the step, or a small count. */
        private String valueFor(Element item) {
            Element select = item.selectFirst("select.score-input");
            if (select != null) {
                List<String> options = select.select("option").eachAttr("value").stream()
                        .filter(value -> !value.isEmpty()).toList();
                return options.get(random.nextInt(options.size()));
            }
            Element input = item.selectFirst("input.score-input");
            if (input != null && !input.attr("max").isEmpty()) {
                BigDecimal step = new BigDecimal(input.attr("step"));
                BigDecimal max = new BigDecimal(input.attr("max"));
                int steps = max.divide(step, 0, RoundingMode.FLOOR).intValue();
                return step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1))).stripTrailingZeros().toPlainString();
            }
            return Integer.toString(random.nextInt(4));
        }

        /** One item's value, resent with the same key until the server acknowledges it. */
        private void save(String item, String value) throws InterruptedException {
            String key = (warmUp ? "w" : "b") + number + "-" + UUID.randomUUID().toString().replace("-", "");
            String body = "{\"itemCode\":%s,\"value\":%s,\"baseVersion\":0,\"requestKey\":\"%s\",\"reason\":null}"
                    .formatted(json(item), json(value), key);
            long sent = System.nanoTime();
            long deadline = sent + GIVE_UP.toNanos();
            long pause = 50;
            while (System.nanoTime() < deadline) {
                HttpResponse<String> answer;
                try {
                    answer = device.postJson("/scoring/sheets/" + sheetId + "/values", body);
                } catch (IOException networkError) {
                    tally.resent.incrementAndGet();
                    pause = backOff(pause);
                    continue;
                }
                int status = answer.statusCode();
                if (status == 200) {
                    Matcher kind = KIND.matcher(answer.body());
                    tally.acks.add(new Ack(sheetId, item, value, key, kind.find() ? kind.group(1) : "?", sent,
                            System.nanoTime()));
                    return;
                }
                if (status >= 500) {
                    tally.resent.incrementAndGet();
                    pause = backOff(pause);
                } else if (status == 302 || status == 401 || status == 403) {
                    logInAgain();
                } else {
                    tally.errors.add("%s sheet %d item %s value %s: %d %s".formatted(username, sheetId, item, value,
                            status, answer.body()));
                    return;
                }
            }
            tally.errors.add("%s sheet %d item %s: not acknowledged within %s".formatted(username, sheetId, item, GIVE_UP));
        }

        private void submit() throws InterruptedException {
            long sent = System.nanoTime();
            long deadline = sent + GIVE_UP.toNanos();
            long pause = 50;
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> answer = device.postForm("/scoring/sheets/" + sheetId + "/submit", "");
                    String location = answer.headers().firstValue("Location").orElse("");
                    if (answer.statusCode() == 302 && location.endsWith("/scoring/sheets/" + sheetId)) {
                        tally.submits.add((System.nanoTime() - sent) / 1e6);
                        return;
                    }
                    if (answer.statusCode() < 500 && answer.statusCode() != 403 && !location.contains("/login")) {
                        tally.errors.add("%s sheet %d: submit answered %d %s".formatted(username, sheetId,
                                answer.statusCode(), location));
                        return;
                    }
                    if (answer.statusCode() >= 500) {
                        tally.resent.incrementAndGet();
                        pause = backOff(pause);
                    } else {
                        logInAgain();
                    }
                } catch (IOException networkError) {
                    tally.resent.incrementAndGet();
                    pause = backOff(pause);
                }
            }
            tally.errors.add("%s sheet %d: submit not acknowledged within %s".formatted(username, sheetId, GIVE_UP));
        }

        /** The session or its CSRF token was lost: log in as the phone would and read the sheet's token again. */
        private void logInAgain() throws InterruptedException {
            tally.loginsAgain.incrementAndGet();
            try {
                device.logIn(username);
                device.page("/scoring/sheets/" + sheetId);
            } catch (IOException | RuntimeException notYet) {
                Thread.sleep(500);
            }
        }

        private void think(double share) throws InterruptedException {
            if (THINK_MS > 0 && !warmUp) {
                Thread.sleep((long) (THINK_MS * share));
            }
        }

        private static long backOff(long pause) throws InterruptedException {
            Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause));
            return Math.min(1000, pause * 2);
        }

        private static String json(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** A 5xx while opening a sheet: the server is there but not able to answer yet. */
    private static final class ServerError extends RuntimeException {
        ServerError(String message) {
            super(message);
        }
    }

    /** One phone: its own HTTP client, cookie jar (the SESSION cookie) and CSRF token. */
    private static final class Device {

        private final int port;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private volatile String csrfToken;
        private volatile String csrfHeader = "X-CSRF-TOKEN";

        Device(int port) {
            this.port = port;
        }

        void logIn(String username) throws IOException, InterruptedException {
            HttpResponse<String> page = send(request("/login").GET().build());
            String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
            HttpResponse<String> answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(PASSWORD) + "&_csrf=" + encode(token)))
                    .build());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login of " + username + " answered " + answer.statusCode() + " " + location);
            }
        }

        /** The branches of the account's itinerary, in its order, up to {@code wanted}. */
        List<String> branches(int wanted) throws IOException, InterruptedException {
            List<String> branches = new ArrayList<>();
            List<String> units = page("/itinerary").select("a[href^=/itinerary/unit/]").eachAttr("href").stream()
                    .distinct().toList();
            for (String unit : units) {
                for (String link : page(unit).select("a.branch-link").eachAttr("href")) {
                    String code = link.substring(link.lastIndexOf('/') + 1);
                    if (!branches.contains(code) && branches.size() < wanted) {
                        branches.add(code);
                    }
                }
                if (branches.size() == wanted) {
                    return branches;
                }
            }
            throw new IllegalStateException("the itinerary holds only " + branches.size() + " branches");
        }

        /** How many items a sheet has; opens it (a sheet is made on first opening). */
        int countItems(String branch) throws IOException, InterruptedException {
            String location = get("/scoring/branch/" + branch).headers().firstValue("Location").orElseThrow();
            return page(URI.create(location).getPath()).select("div.sheet-item[data-item]").size();
        }

        /** A page that must answer 200; keeps the CSRF token its head carries. */
        Document page(String path) throws IOException, InterruptedException {
            HttpResponse<String> answer = get(path);
            if (answer.statusCode() >= 500) {
                throw new ServerError("GET " + path + " answered " + answer.statusCode());
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
            }
            Document page = Jsoup.parse(answer.body());
            Element token = page.selectFirst("meta[name=_csrf]");
            Element header = page.selectFirst("meta[name=_csrf_header]");
            if (token != null && header != null) {
                csrfToken = token.attr("content");
                csrfHeader = header.attr("content");
            }
            return page;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET().build());
        }

        HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                    .header(csrfHeader, csrfToken).POST(HttpRequest.BodyPublishers.ofString(json)).build());
        }

        HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + (form.isEmpty() ? "" : "&") + "_csrf="
                            + encode(csrfToken)))
                    .build());
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
