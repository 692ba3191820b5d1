package org.xingping.organization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A table file to import: its name (for the problem list) and a way to read it. */
public record TableSource(String fileName, Opener opener) {

    /** Opens the file's bytes; called once. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static TableSource of(Path file) {
        return new TableSource(file.getFileName().toString(), () -> Files.newInputStream(file));
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
