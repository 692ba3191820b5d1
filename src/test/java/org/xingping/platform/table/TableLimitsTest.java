package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.xingping.platform.table.TableFixtures.ENGLISH_HEADER;
import static org.xingping.platform.table.TableFixtures.ORGANIZATIONS;
import static org.xingping.platform.table.TableFixtures.englishHeader;
import static org.xingping.platform.table.TableFixtures.refusal;
import static org.xingping.platform.table.TableFixtures.row;
import static org.xingping.platform.table.TableFixtures.utf8;
import static org.xingping.platform.table.TableFixtures.xlsx;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingping.support.HostileFiles;
import org.xingping.support.HostileFiles.GeneratedCsv;

class TableLimitsTest {

    private static final long FIFTY_MB = HostileFiles.FIFTY_MEGABYTES;

    @TempDir
    Path folder;

    @Test
    void refuses50MbCsvUploadWhileStreamingIt() {
        GeneratedCsv upload = HostileFiles.repeatedRows(ENGLISH_HEADER,
                "U001-B01,U001,U001-P,党支部,市纪委监委机关第1党支部,毛强桂,13,4,否", FIFTY_MB);
        AtomicInteger rowsSeen = new AtomicInteger();

        TableRefused refused = catchThrowableOfType(TableRefused.class,
                () -> new TableReader().read("organizations.csv", upload, ORGANIZATIONS, row -> rowsSeen.incrementAndGet()));

        assertThat(refused.getMessage()).isEqualTo("organizations.csv：文件大小超过上限 32 MB");
        assertThat(upload.served()).isLessThan(TableLimits.DEFAULT.maxBytes() + 1024 * 1024);
        assertThat(rowsSeen.get()).isGreaterThan(100_000);
    }

    @Test
    void refuses50MbFileBeforeReadingIt() throws IOException {
        Path file = folder.resolve("organizations.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(FIFTY_MB);
        }

        TableRefused refused = catchThrowableOfType(TableRefused.class, () -> new TableReader().readAll(file, ORGANIZATIONS));

        assertThat(refused.getMessage()).isEqualTo("organizations.csv：文件大小超过上限 32 MB");
    }

    @Test
    void refusesXlsxUploadOverTheLimit() {
        byte[] workbook = xlsx(englishHeader(), row("U1", "U", "", "党委", "党委"));

        TableRefused refused = refusal(new TableReader(new TableLimits(workbook.length - 1, 10)), "organizations.xlsx", workbook);

        assertThat(refused.getMessage()).startsWith("organizations.xlsx：文件大小超过上限 0.");
    }

    @Test
    void statesTheLimitInMegabytes() {
        assertThat(new TableLimits(32L * 1024 * 1024, 1).maxBytesText()).isEqualTo("32 MB");
        assertThat(new TableLimits(1536L * 1024, 1).maxBytesText()).isEqualTo("1.5 MB");
        assertThat(new TableLimits(100, 1).maxBytesText()).isEqualTo("0.01 MB");
    }

    @Test
    void refusesMoreRowsThanTheLimitInCsvAndXlsx() {
        TableReader reader = new TableReader(new TableLimits(1024 * 1024, 2));
        String csv = ENGLISH_HEADER + "\nU1,U,,党委,党委\nU2,U,,党委,党委\nU3,U,,党委,党委\n";
        byte[] workbook = xlsx(englishHeader(), row("U1", "U", "", "党委", "党委"), row("U2", "U", "", "党委", "党委"),
                row("U3", "U", "", "党委", "党委"));

        assertThat(refusal(reader, "a.csv", utf8(csv)).getMessage()).isEqualTo("a.csv：数据行数超过上限 2 行，请分成几个文件导入");
        assertThat(refusal(reader, "a.xlsx", workbook).getMessage()).isEqualTo("a.xlsx：数据行数超过上限 2 行，请分成几个文件导入");
    }

    @Test
    void readsFilesByPathNamingThemInProblems() throws IOException {
        Path csv = Files.write(folder.resolve("党组织.csv"), utf8(ENGLISH_HEADER + "\nU1,U,,党委,党委\n"));
        Path workbook = Files.write(folder.resolve("党组织.xlsx"), xlsx(englishHeader(), row("U1", "U", "", "党委", "党委")));
        Path headerOnly = Files.write(folder.resolve("空表.xlsx"), xlsx(englishHeader()));

        assertThat(new TableReader().readAll(csv, ORGANIZATIONS)).hasSize(1);
        assertThat(new TableReader().readAll(workbook, ORGANIZATIONS)).hasSize(1);
        assertThat(catchThrowableOfType(TableRefused.class, () -> new TableReader().readAll(headerOnly, ORGANIZATIONS)))
                .hasMessage("空表.xlsx：文件没有数据行");
        assertThat(catchThrowableOfType(TableRefused.class,
                () -> new TableReader().readAll(folder.resolve("missing.csv"), ORGANIZATIONS)).getMessage())
                .startsWith("missing.csv：找不到文件");
        assertThat(catchThrowableOfType(TableRefused.class, () -> new TableReader().readAll(folder, ORGANIZATIONS)).getMessage())
                .endsWith("是文件夹，不是表格文件");
    }
}
