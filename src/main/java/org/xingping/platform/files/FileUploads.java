package org.xingping.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * Accepts an uploaded file when it is what the page allows: not empty, within the size limit,
 * and of an allowed type judged by its content. Only then is it stored.
 */
@Service
public class FileUploads {

    /** The largest evidence or document file, in bytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final FileStore store;

    FileUploads(FileStore store) {
        this.store = store;
    }

    /** A file accepted and stored: where it is, what it is, and the name it came with. */
    public record Accepted(StoredFile file, FileType type, String name) {
    }

    public Accepted accept(String name, InputStream content, Set<FileType> allowed, long maxBytes) {
        byte[] bytes = read(content, maxBytes, name);
        if (bytes.length == 0) {
            throw new FileRefused("file.empty", name);
        }
        FileType type = FileType.detect(bytes).filter(allowed::contains)
                .orElseThrow(() -> new FileRefused("file.wrongType", name, allowed.stream().map(FileType::extension)
                        .map(String::toUpperCase).sorted().collect(Collectors.joining("、"))));
        try {
            return new Accepted(store.store(new ByteArrayInputStream(bytes)), type, cleanName(name, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + name, e);
        }
    }

    private static byte[] read(InputStream content, long maxBytes, String name) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new FileRefused("file.tooLarge", name, maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The name shown and offered for download: no folders, and the extension its content has. */
    static String cleanName(String name, FileType type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = "file";
        }
        return stem + "." + type.extension();
    }
}
