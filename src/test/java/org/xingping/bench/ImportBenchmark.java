package org.xingping.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Prints how long the {@code import} command takes for 100,000 organisations from XLSX with a heap
 * of 1 GB (issue 2: at most 15 s): 1,000 units of 100 organisations each, a 机关党委 per unit, four
 * 党总支 under it and 95 党支部 with members and a {@code 2020年星级} column, written with POI's
 * streaming SXSSF. Each run is {@code java -Xmx1g -jar target/xingping.jar import --units … --organizations …}
 * in a new JVM on a fresh data directory, as an operator would run it; the time inside the JVM
 * (reading and checking, storing) comes from the command's log, the peak heap from the GC log.
 *
 * <p>The last run's data directory stays in {@code target/bench/registry-100k/data}: the
 * organisation-list benchmark serves it.
 *
 * <pre>
 * bench/run.sh Import [runs]
 * </pre>
 */
public final class ImportBenchmark {

    static final int UNITS = 1_000;
    static final int PER_UNIT = 100;
    static final Path FILES = Bench.WORK.resolve("registry-100k");

    private static final Pattern IMPORTED = Pattern.compile("Imported (\\d+) units and (\\d+) organisations in (\\d+) ms: "
            + "read and checked in (\\d+) ms \\(CPU (\\d+) ms\\), stored in (\\d+) ms \\(CPU (\\d+) ms\\)");
    private static final Pattern STARTED = Pattern.compile("Started XingPingApplication in ([\\d.]+) seconds");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"强", "秀英", "伟", "敏", "静", "丽", "军", "洋", "勇", "艳", "杰", "娟", "涛"};
    private static final String[] BUREAUS = {"教育局", "公安局", "财政局", "民政局", "司法局", "人社局", "自然资源局",
            "生态环境局", "住建局", "交通运输局", "水利局", "农业农村局", "商务局", "文旅局", "卫健委", "应急管理局",
            "审计局", "统计局", "医保局", "林业局"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Files.createDirectories(FILES);
        Path units = FILES.resolve("units.xlsx").toAbsolutePath();
        Path organizations = FILES.resolve("organizations.xlsx").toAbsolutePath();
        long generating = System.nanoTime();
        writeFiles(units, organizations);
        System.out.printf("Import of %,d units and %,d organisations from XLSX (%,d and %,d bytes, written with SXSSF in %,d ms),"
                        + " java -Xmx1g -jar %s import; target 15 s. %s%n", UNITS, UNITS * PER_UNIT, Files.size(units),
                Files.size(organizations), (System.nanoTime() - generating) / 1_000_000, Bench.jar(), Bench.machine());
        List<Double> walls = new ArrayList<>();
        List<Double> inside = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Bench.freshDirectory("registry-100k/data");
            Path log = FILES.resolve("import-" + run + ".log").toAbsolutePath();
            Path gc = FILES.resolve("import-" + run + "-gc.log").toAbsolutePath();
            long started = System.nanoTime();
            Process process = Bench.startJar(List.of("-Xmx1g", "-Xlog:gc:file=" + gc),
                    List.of("import", "--units", units.toString(), "--organizations", organizations.toString(),
                            "--xingping.data-dir=" + data), log);
            Duration cpu = Bench.cpuUntilExit(process);
            int exit = process.exitValue();
            double wall = (System.nanoTime() - started) / 1e6;
            String output = Files.readString(log);
            if (exit != 0) {
                System.out.println(output);
                throw new IllegalStateException("the import ended with exit code " + exit);
            }
            Matcher imported = IMPORTED.matcher(output);
            Matcher spring = STARTED.matcher(output);
            if (!imported.find() || !spring.find()) {
                throw new IllegalStateException("no timing in the command's log " + log);
            }
            walls.add(wall);
            inside.add(Double.parseDouble(imported.group(3)));
            cpus.add((double) cpu.toMillis());
            System.out.printf("run %d: %,6.0f ms from process start to exit (CPU %,d ms, all threads); inside the JVM: "
                            + "Spring started in %,.0f ms, import %,d ms (read and checked %,d ms, CPU %,d; stored %,d ms, "
                            + "CPU %,d); peak heap %s; load %s%n", run, wall, cpu.toMillis(),
                    Double.parseDouble(spring.group(1)) * 1000, Long.parseLong(imported.group(3)),
                    Long.parseLong(imported.group(4)), Long.parseLong(imported.group(5)),
                    Long.parseLong(imported.group(6)), Long.parseLong(imported.group(7)), Bench.peakHeap(gc),
                    Bench.loadAverage());
            System.out.println("       " + summaryLine(output));
        }
        System.out.println();
        System.out.printf("import command, process start to exit: median %,6.0f ms, min %,6.0f, max %,6.0f (%d runs; target 15,000 ms)%n",
                Bench.median(walls), min(walls), max(walls), runs);
        System.out.printf("import command, CPU time of all its threads: median %,6.0f ms, min %,6.0f, max %,6.0f%n",
                Bench.median(cpus), min(cpus), max(cpus));
        System.out.printf("import inside the JVM (the service call):  median %,6.0f ms, min %,6.0f, max %,6.0f%n",
                Bench.median(inside), min(inside), max(inside));
        System.out.printf("load average at the end %s%n", Bench.loadAverage());
    }

    /** The units file and the organisations file, unless they are already there. */
    static void writeFiles(Path units, Path organizations) throws IOException {
        if (Files.exists(units) && Files.exists(organizations)) {
            return;
        }
        Random random = new Random(2021);
        write(units, "单位", List.of("编码", "名称", "类别", "办公地点", "纬度", "经度"), sheet -> {
            for (int u = 1; u <= UNITS; u++) {
                row(sheet, u, unitCode(u), unitName(u), u % 10 == 0 ? "省驻驻" : u % 25 == 0 ? "中央驻驻" : "市直",
                        "市行政中心" + (u % 7 + 1) + "号楼", String.format(java.util.Locale.ROOT, "%.4f", 32.90 + random.nextDouble() * 0.2),
                        String.format(java.util.Locale.ROOT, "%.4f", 114.00 + random.nextDouble() * 0.2));
            }
        });
        write(organizations, "党组织", List.of("编码", "单位编码", "上级组织编码", "类型", "名称", "书记", "党员数",
                "2020年星级", "2020年红旗党支部"), sheet -> {
            int line = 1;
            for (int u = 1; u <= UNITS; u++) {
                String unit = unitCode(u);
                String committee = unit + "-P";
                row(sheet, line++, committee, unit, "", "机关党委", unitName(u) + "机关党委", person(random), "", "", "");
                for (int g = 1; g <= 4; g++) {
                    row(sheet, line++, unit + "-G" + g, unit, committee, "党总支", unitName(u) + "第" + g + "党总支",
                            person(random), "", "", "");
                }
                for (int b = 1; b <= PER_UNIT - 5; b++) {
                    String parent = b <= 40 ? unit + "-G" + ((b - 1) / 10 + 1) : committee;
                    int stars = random.nextInt(6);
                    boolean redFlag = stars == 5 && random.nextInt(4) == 0;
                    row(sheet, line++, "%s-B%02d".formatted(unit, b), unit, parent, "党支部",
                            unitName(u) + "第" + b + "党支部", person(random), 5 + random.nextInt(56), stars,
                            redFlag ? "是" : "否");
                }
            }
        });
    }

    private interface Rows {
        void fill(Sheet sheet) throws IOException;
    }

    private static void write(Path file, String sheetName, List<String> headers, Rows rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            rows.fill(sheet);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Integer number) {
                row.createCell(c).setCellValue(number);
            } else if (!"".equals(cells[c])) {
                row.createCell(c).setCellValue((String) cells[c]);
            }
        }
    }

    static String unitCode(int unit) {
        return "U%04d".formatted(unit);
    }

    private static String unitName(int unit) {
        return "第" + ((unit - 1) / BUREAUS.length + 1) + "区" + BUREAUS[(unit - 1) % BUREAUS.length];
    }

    private static String person(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    private static String summaryLine(String output) {
        return output.lines().filter(line -> line.startsWith("导入完成")).findFirst().orElse("(no summary line)");
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(d -> d).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(d -> d).max().orElse(0);
    }
}
