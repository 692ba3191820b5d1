package org.xingping.standard.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableReader;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.table.TableRow;
import org.xingping.platform.table.TableSchema;

/**
 * The table files of one run, read with the shared reader. Each file keeps one problem collector
 * for the reader's problems and the command's own checks, and all files are read before anything
 * is refused, so one answer lists every bad row of every file.
 */
public final class TableFiles {

    private final TableReader reader = new TableReader();
    private final List<TableProblems> collectors = new ArrayList<>();

    /** A file and its problem collector; {@code rows} is empty when nothing of the file could be read. */
    public record TableFile(Path path, TableProblems problems, Optional<List<TableRow>> rows) {
    }

    public TableFile read(Path path, TableSchema schema) {
        TableProblems problems = new TableProblems(String.valueOf(path.getFileName()), schema);
        collectors.add(problems);
        try (InputStream in = Files.newInputStream(path)) {
            return new TableFile(path, problems, Optional.of(reader.readAll(in, schema, problems)));
        } catch (TableRefused unreadable) {
            // The collector already holds why: encoding, header or size leave nothing to read.
            return new TableFile(path, problems, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an uploaded file by the name it came with. */
    public TableFile read(String name, InputStream in, TableSchema schema) {
        TableProblems problems = new TableProblems(name, schema);
        collectors.add(problems);
        try {
            return new TableFile(Path.of(name.replace('/', '_').replace('\\', '_')), problems,
                    Optional.of(reader.readAll(in, schema, problems)));
        } catch (TableRefused unreadable) {
            return new TableFile(null, problems, Optional.empty());
        }
    }

    /** A collector for problems that belong to no file read, such as a file that should have been given. */
    public TableProblems other(String name) {
        TableProblems problems = new TableProblems(name);
        collectors.add(problems);
        return problems;
    }

    /** Every problem of every file read, file by file in the order found. */
    public List<TableProblem> problems() {
        List<TableProblem> all = new ArrayList<>();
        collectors.forEach(collector -> all.addAll(collector.list()));
        return all;
    }

    public void throwIfAny() {
        List<TableProblem> all = problems();
        if (!all.isEmpty()) {
            throw new TableRefused(all);
        }
    }
}
