package org.xingping.standard.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.xingping.standard.tables.TableFiles;
import org.xingping.standard.tables.Tables;

/**
 * The table files of one {@code evaluate} run, read into rows but not yet checked against the
 * standard, so that reading them and loading the standard can go on side by side.
 */
record CampaignFiles(TableFiles tables, TableFiles.TableFile declarations, TableFiles.TableFile scores,
                     Optional<TableFiles.TableFile> facts, Optional<TableFiles.TableFile> history) {

    static CampaignFiles read(Path declarations, Path scores, Optional<Path> facts, Optional<Path> history) {
        TableFiles tables = new TableFiles();
        return new CampaignFiles(tables,
                tables.read(declarations, Tables.DECLARATIONS),
                tables.read(scores, Tables.SCORES),
                facts.map(path -> tables.read(path, Tables.FACTS)),
                history.map(path -> tables.read(path, Tables.HISTORY)));
    }
}
