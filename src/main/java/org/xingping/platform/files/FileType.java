package org.xingping.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file people upload as evidence and documents, recognised by their first bytes:
 * a file named .pdf that is not a PDF is refused. Office files are zips; what is inside tells a
 * Word document from a workbook.
 */
public enum FileType {

    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** How many leading bytes {@link #detect} needs at most, besides a zip's entries. */
    public static final int HEAD = 4096;

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == WEBP;
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, 0, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, "RIFF".getBytes()) && startsWith(content, 8, "WEBP".getBytes())) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, 0, new byte[] {'P', 'K', 3, 4})) {
            return office(content);
        }
        return Optional.empty();
    }

    /** A zip is a Word document if it has word/document.xml, a workbook if it has xl/workbook.xml. */
    private static Optional<FileType> office(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null && entries < 200; entry = zip.getNextEntry()) {
                entries++;
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
}
