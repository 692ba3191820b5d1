package org.xingping.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the benchmarks share: the jar as a child process on a data directory of its own, the
 * machine's state printed beside every figure, and percentiles. Needs only the JDK and the test
 * classpath; the jar must be built first ({@code ./mvnw -B -ntp package -DskipTests}).
 */
final class Bench {

    static final Path JAR = Path.of("target", "xingping.jar");
    /** The class-data-sharing archive that {@code package} writes for the jar (ADR 023). */
    static final Path ARCHIVE = Path.of("target", "xingping.jsa");
    /** Where benchmarks keep generated files and data directories between runs. */
    static final Path WORK = Path.of("target", "bench");
    /** A collection in -Xlog:gc: "123M->45M(1024M)", used before, used after, committed. */
    private static final Pattern HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private Bench() {
    }

    static Path jar() {
        if (!Files.isRegularFile(JAR)) {
            System.err.println("target/xingping.jar is missing: run ./mvnw -B -ntp package -DskipTests first");
            System.exit(2);
        }
        return JAR.toAbsolutePath();
    }

    /** The JVM option of the README's run command: start with the build's class-data-sharing archive. */
    static List<String> withArchive() {
        if (!Files.isRegularFile(ARCHIVE)) {
            throw new IllegalStateException(ARCHIVE + " is missing: package writes it (not with -Dxingping.cds.skip)");
        }
        return List.of("-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath());
    }

    /** The java of this JVM, so the child runs on the same Java. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty directory under {@link #WORK}. */
    static Path freshDirectory(String name) {
        try {
            Path directory = WORK.resolve(name).toAbsolutePath();
            delete(directory);
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** JVM options for an experiment, from {@code -Dbench.jvm="..."}. */
    static List<String> jvmOptions() {
        String options = System.getProperty("bench.jvm", "").trim();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }

    /** Starts the jar: {@code java <jvmOptions> -jar xingping.jar <arguments>}, output into {@code log}. */
    static Process startJar(List<String> jvmOptions, List<String> arguments, Path log) {
        return startJar(jvmOptions, arguments, Map.of(), log);
    }

    /** As above, with environment variables added (the PostgreSQL profile reads its connection from them). */
    static Process startJar(List<String> jvmOptions, List<String> arguments, Map<String, String> environment,
            Path log) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(arguments);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            // A benchmark stopped half-way must not leave its server running.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The arguments that make the jar write Tomcat's access log, unbuffered, to {@code directory}/access.log
     * in the given pattern: the server's own time of each request, which the client's loopback and
     * scheduling do not add to.
     */
    static List<String> accessLogArguments(Path directory, String pattern) {
        return List.of("--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + directory,
                "--server.tomcat.accesslog.prefix=access", "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.file-date-format=", "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false", "--server.tomcat.accesslog.pattern=" + pattern);
    }

    /** The largest heap in use before a collection and the most committed, from a -Xlog:gc file. */
    static String peakHeap(Path gcLog) throws IOException {
        long peak = 0;
        long committed = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher heap = HEAP.matcher(line);
            if (heap.find()) {
                peak = Math.max(peak, Long.parseLong(heap.group(1)));
                committed = Math.max(committed, Long.parseLong(heap.group(3)));
            }
        }
        return peak + " MB used before a collection, " + committed + " MB committed";
    }

    /** The heap in use after the last collection of a -Xlog:gc file, in MB, or -1 if it logged none. */
    static long heapAfterLastCollection(Path gcLog) throws IOException {
        long after = -1;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher heap = HEAP.matcher(line);
            if (heap.find()) {
                after = Long.parseLong(heap.group(2));
            }
        }
        return after;
    }

    /** Asks {@code GET /login} until it answers 200; the milliseconds since {@code startedNanos}. */
    static long untilLoginPage(int port, long startedNanos, Process process, Duration patience)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = startedNanos + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended with exit code " + process.exitValue());
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no answer from /login within " + patience);
    }

    /**
     * Waits for the process to end and answers the CPU time of all its threads, as last seen while it
     * ran (sampled every 50 ms: the JVM's last moments are not counted).
     */
    static Duration cpuUntilExit(Process process) throws InterruptedException {
        Duration cpu = Duration.ZERO;
        while (!process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = process.info().totalCpuDuration().orElse(cpu);
        }
        return cpu;
    }

    /** The CPU time of all the process's threads so far. */
    static Duration cpu(Process process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The last line of the log that contains {@code text}, or "". */
    static String logLine(Path log, String text) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).reduce((first, second) -> second).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    /** "2 cores, Java 17.0.15, load average 3.42 3.70 3.99": what else the machine was doing. */
    static String machine() {
        return "%d cores, Java %s, load average %s".formatted(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The p-th percentile (0–100) by the nearest-rank method. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }
}
