package org.xingping.standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.xingping.standard.loading.StandardReader;

/**
 * Reads a rating-standard file (format {@code xingping-standard/1}, YAML, UTF-8) into a
 * {@link RatingStandard}, checking every rule of the format. A file that breaks any rule is refused
 * as a whole with {@link StandardRefused}, which lists every problem by its path in the file.
 * Plain Java, no Spring: the pages, the database storage and the {@code evaluate} command share it.
 */
public final class StandardLoader {

    /**
     * Reads a standard from its text.
     *
     * @throws StandardRefused with every problem when the text breaks any rule
     */
    public RatingStandard load(String text) {
        return StandardReader.read(text);
    }

    /**
     * Reads a standard from the bytes of a file, which must be UTF-8 (a byte-order mark is allowed).
     *
     * @throws StandardRefused with every problem when the bytes are not UTF-8 or break any rule
     */
    public RatingStandard load(byte[] bytes) {
        return StandardReader.read(StandardReader.utf8(bytes));
    }

    /**
     * Reads a standard from a file.
     *
     * @throws StandardRefused with every problem when the file is not UTF-8 or breaks any rule
     * @throws UncheckedIOException when the file cannot be read
     */
    public RatingStandard load(Path file) {
        try {
            return load(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
