package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.platform.table.TableFixtures.CHINESE_HEADER;
import static org.xingping.platform.table.TableFixtures.ENGLISH_HEADER;
import static org.xingping.platform.table.TableFixtures.concat;
import static org.xingping.platform.table.TableFixtures.gb18030;
import static org.xingping.platform.table.TableFixtures.read;
import static org.xingping.platform.table.TableFixtures.refusal;
import static org.xingping.platform.table.TableFixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodingDetectionTest {

    private static final String BRANCH = "U001-B01,U001,U001-P,党支部,市纪委监委机关第1党支部,毛强桂,13,4,否\n";

    @Test
    void refusesUtf16WithByteOrderMark() {
        byte[] littleEndian = (CHINESE_HEADER + "\r\n" + BRANCH).getBytes(StandardCharsets.UTF_16LE);
        byte[] bigEndian = (CHINESE_HEADER + "\r\n" + BRANCH).getBytes(StandardCharsets.UTF_16);

        for (byte[] utf16 : List.of(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, littleEndian), bigEndian)) {
            TableRefused refused = refusal("organizations.csv", utf16);

            assertThat(refused.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isZero();
                assertThat(problem.reason()).startsWith("文件编码无法识别（文件是 UTF-16 编码")
                        .contains("请保存为 UTF-8 或 GB18030");
            });
        }
    }

    @Test
    void refusesUtf16WithoutByteOrderMark() {
        TableRefused refused = refusal("organizations.csv", (ENGLISH_HEADER + "\n" + BRANCH).getBytes(StandardCharsets.UTF_16LE));

        assertThat(refused.getMessage()).startsWith("organizations.csv 第1行：文件编码无法识别（文件含有空字符，可能是没有字节顺序标记的 UTF-16 编码）");
    }

    @Test
    void refusesLatin1TextThatIsNotGb18030() {
        byte[] latin1 = (ENGLISH_HEADER + "\nU001-B01,U001,U001-P,党支部,Café,Zoë,13,4,no\n").replace("党支部", "branch")
                .getBytes(StandardCharsets.ISO_8859_1);

        TableRefused refused = refusal("organizations.csv", latin1);

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.reason()).isEqualTo("文件编码无法识别（从这一行起的内容既不是 UTF-8 也不是 GB18030），"
                    + "请保存为 UTF-8 或 GB18030 编码的 CSV，或另存为 .xlsx 后再导入");
        });
    }

    @Test
    void readsGb18030WhoseFirstChineseComesAfterLongAsciiStretch() {
        StringBuilder csv = new StringBuilder(ENGLISH_HEADER).append('\n');
        for (int i = 1; i <= 3000; i++) {
            csv.append("U001-B").append(i).append(",U001,U001-P,branch,branch ").append(i).append(",wang,13,4,no\n");
        }
        csv.append(BRANCH);

        List<TableRow> rows = read("organizations.csv", gb18030(csv.toString()));

        assertThat(rows).hasSize(3001);
        assertThat(rows.get(3000).get("secretary")).isEqualTo("毛强桂");
    }

    @Test
    void refusesFileThatTurnsFromUtf8ToAnotherEncodingAtTheLineWhereItDoes() {
        StringBuilder utf8Part = new StringBuilder(ENGLISH_HEADER).append('\n');
        for (int i = 0; i < 2000; i++) {
            utf8Part.append(BRANCH);
        }
        byte[] mixed = concat(utf8(utf8Part.toString()), gb18030(BRANCH));

        TableRefused refused = refusal("organizations.csv", mixed);

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2002);
            assertThat(problem.reason()).contains("从这一行起的内容不是有效的 UTF-8，而文件前面的内容是 UTF-8");
        });
    }

    @Test
    void readsGb18030WithByteOrderMark() {
        byte[] marked = concat(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33}, gb18030(CHINESE_HEADER + "\n" + BRANCH));

        assertThat(read("organizations.csv", marked)).singleElement()
                .satisfies(row -> assertThat(row.get("name")).isEqualTo("市纪委监委机关第1党支部"));
    }

    @Test
    void readsRareCharactersOutsideTheBasicPlaneInBothEncodings() {
        String name = "𠀋𪚥党支部";
        String csv = ENGLISH_HEADER + "\nU001-B01,U001,U001-P,党支部," + name + ",毛强桂,13,4,否\n";

        assertThat(read("a.csv", utf8(csv)).get(0).get("name")).isEqualTo(name);
        assertThat(read("a.csv", gb18030(csv)).get(0).get("name")).isEqualTo(name);
    }
}
