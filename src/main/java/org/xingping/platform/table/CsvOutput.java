package org.xingping.platform.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as the commands write it: RFC 4180 rows ending in CRLF, and a file that Excel opens with its
 * Chinese intact (UTF-8 with a byte-order mark) and that is never left half written.
 */
public final class CsvOutput {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvOutput() {
    }

    /** One row, each cell quoted only when it must be, ending in CRLF. */
    public static String row(List<String> cells) {
        return cells.stream().map(CsvOutput::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes the text as UTF-8 with a byte-order mark, beside the target first and then moved into
     * place, so a failed run never leaves a partial file.
     */
    public static void writeWithBom(Path target, String csv) {
        try {
            Path directory = target.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(directory, "." + target.getFileName(), ".partial");
            try {
                byte[] text = csv.getBytes(StandardCharsets.UTF_8);
                byte[] withBom = new byte[UTF8_BOM.length + text.length];
                System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
                System.arraycopy(text, 0, withBom, UTF8_BOM.length, text.length);
                Files.write(partial, withBom);
                try {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
