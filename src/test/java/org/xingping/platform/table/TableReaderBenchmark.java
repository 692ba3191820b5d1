package org.xingping.platform.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Prints how long the reader takes for 100,000 organisation rows of nine columns, the size of the
 * largest table a province would import, and the heap it needs. Goals: XLSX within 2 s and CSV
 * within 1 s on a two-core machine with a 1 GB heap. It prints, it does not judge.
 *
 * <p>Two figures per file: the first read in a fresh JVM (what a command-line import pays: class
 * loading and the JIT compiling the XML parser) and warm reads in one JVM (what the running
 * application pays). The load average is printed with them, as other work on the machine shows.
 *
 * <pre>
 * ./mvnw -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.xingping.platform.table.TableReaderBenchmark
 * </pre>
 */
public final class TableReaderBenchmark {

    private static final int ROWS = 100_000;
    private static final int REPEATS = 5;
    private static final String[] TYPES = {"党支部", "党支部", "党支部", "党总支", "机关党委"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"强", "秀英", "伟", "敏", "静", "丽", "军", "洋", "勇", "艳", "杰", "娟"};

    private TableReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("--first-read")) {
            firstRead(Path.of(args[1]));
            return;
        }
        TableReader reader = new TableReader();
        String csv = organizationsCsv();
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] gb18030 = csv.getBytes(Charset.forName("GB18030"));
        byte[] sharedStrings = organizationsXlsx(true);
        byte[] inlineStrings = organizationsXlsx(false);
        Path folder = Files.createTempDirectory("table-benchmark-");
        Path csvFile = Files.write(folder.resolve("organizations.csv"), utf8);
        Path xlsxFile = Files.write(folder.resolve("organizations.xlsx"), sharedStrings);
        try {
            System.out.printf("%,d organisation rows of 9 columns; max heap %,d MB; %d cores; Java %s; load average %s%n", ROWS,
                    Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), loadAverage());
            inFreshJvm(csvFile);
            inFreshJvm(xlsxFile);
            measure("CSV UTF-8, upload stream", utf8.length,
                    () -> reader.readAll("organizations.csv", new ByteArrayInputStream(utf8), TableFixtures.ORGANIZATIONS));
            measure("CSV GB18030, upload stream", gb18030.length,
                    () -> reader.readAll("organizations.csv", new ByteArrayInputStream(gb18030), TableFixtures.ORGANIZATIONS));
            measure("XLSX shared strings (as Excel writes), upload stream", sharedStrings.length,
                    () -> reader.readAll("organizations.xlsx", new ByteArrayInputStream(sharedStrings), TableFixtures.ORGANIZATIONS));
            measure("XLSX shared strings, file path", sharedStrings.length,
                    () -> reader.readAll(xlsxFile, TableFixtures.ORGANIZATIONS));
            measure("XLSX inline strings, upload stream", inlineStrings.length,
                    () -> reader.readAll("organizations.xlsx", new ByteArrayInputStream(inlineStrings), TableFixtures.ORGANIZATIONS));
            System.out.printf("load average at the end %s%n", loadAverage());
        } finally {
            Files.deleteIfExists(csvFile);
            Files.deleteIfExists(xlsxFile);
            Files.deleteIfExists(folder);
        }
    }

    /** Runs this class in a new JVM with the same heap limit to read {@code file} once. */
    private static void inFreshJvm(Path file) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
                "-cp", System.getProperty("java.class.path"), TableReaderBenchmark.class.getName(), "--first-read", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor();
        output.lines().filter(line -> line.startsWith("fresh JVM")).forEach(System.out::println);
    }

    private static void firstRead(Path file) {
        long start = System.nanoTime();
        List<TableRow> rows = new TableReader().readAll(file, TableFixtures.ORGANIZATIONS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fresh JVM, first read of %-31s %5d ms for %,d rows%n", file.getFileName() + ", file path:", millis,
                rows.size());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void measure(String what, int bytes, Supplier<List<TableRow>> read) {
        long[] millis = new long[REPEATS + 1];
        long peakHeap = 0;
        for (int i = 0; i <= REPEATS; i++) {
            System.gc();
            resetPeakHeap();
            long start = System.nanoTime();
            List<TableRow> rows = read.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            peakHeap = Math.max(peakHeap, peakHeap());
            if (rows.size() != ROWS) {
                throw new IllegalStateException(what + " read " + rows.size() + " rows");
            }
        }
        long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(warm);
        System.out.printf("%-55s %6.1f MB  first %5d ms  then best %5d ms, median %5d ms  peak heap %4d MB%n", what,
                bytes / 1048576.0, millis[0], warm[0], warm[warm.length / 2], peakHeap >> 20);
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap the read occupied at once. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String organizationsCsv() {
        StringBuilder csv = new StringBuilder(TableFixtures.ENGLISH_HEADER).append("\r\n");
        for (int i = 0; i < ROWS; i++) {
            String[] cells = organization(i);
            for (int c = 0; c < cells.length; c++) {
                csv.append(c == 0 ? "" : ",").append(cells[c]);
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static byte[] organizationsXlsx(boolean sharedStrings) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, true, sharedStrings)) {
            Sheet sheet = workbook.createSheet("党组织");
            String[] header = TableFixtures.ENGLISH_HEADER.split(",");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < ROWS; i++) {
                String[] cells = organization(i);
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    if (c == 6 || c == 7) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    /** code, unit_code, parent_code, type, name, secretary, members, level_2020, red_flag_2020. */
    private static String[] organization(int i) {
        int unit = i / 10 + 1;
        boolean top = i % 10 == 0;
        String unitCode = String.format("U%05d", unit);
        String type = top ? "机关党委" : TYPES[i % TYPES.length];
        String secretary = SURNAMES[i % SURNAMES.length] + GIVEN[(i / 7) % GIVEN.length];
        return new String[] {
            top ? unitCode + "-P" : String.format("%s-B%02d", unitCode, i % 10),
            unitCode,
            top ? "" : unitCode + "-P",
            type,
            "市第" + unit + "单位" + (top ? "机关党委" : "第" + (i % 10) + type),
            secretary,
            top ? "" : String.valueOf(8 + i % 60),
            top ? "" : String.valueOf(i % 6),
            top ? "" : (i % 17 == 0 ? "是" : "否"),
        };
    }
}
