package org.xingping.platform.table;

import java.io.IOException;

/**
 * The text of a CSV file cannot be decoded. Travels through {@link java.io.Reader} calls as an
 * I/O failure; the parser, which knows the line, turns it into a problem.
 */
final class EncodingRefused extends IOException {

    private static final long serialVersionUID = 1L;

    EncodingRefused(String detail) {
        super(detail);
    }

    /** The problem text: what is wrong, then what to do. */
    String reason() {
        return "文件编码无法识别（" + getMessage() + "），请保存为 UTF-8 或 GB18030 编码的 CSV，或另存为 .xlsx 后再导入";
    }
}
