package org.xingping.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xingping.platform.Backups;
import org.xingping.platform.XingPingProperties;

/**
 * Backups on a schedule, into {@code <data-dir>/backups}, keeping the newest few:
 * {@code xingping.backup.cron} (a Spring cron expression, e.g. {@code 0 30 2 * * *} for 2:30 every
 * night; off by default) and {@code xingping.backup.keep} (how many to keep, 7 by default).
 */
@Component
class ScheduledBackups {

    static final String PREFIX = "xingping-backup-";
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Backups backups;
    private final Path directory;
    private final int keep;
    private final Clock clock;
    /** A command's short-lived Spring never backs up on the side. */
    private final boolean headless;

    ScheduledBackups(Backups backups, XingPingProperties properties, @Value("${xingping.backup.keep:7}") int keep,
                     Clock clock) {
        this.backups = backups;
        this.directory = properties.dataDir().resolve("backups");
        this.keep = Math.max(1, keep);
        this.clock = clock;
        this.headless = properties.headless();
    }

    @Scheduled(cron = "${xingping.backup.cron:-}")
    void backUp() {
        if (headless) {
            return;
        }
        Path file = directory.resolve(PREFIX + LocalDateTime.now(clock).format(STAMP) + ".zip");
        backups.backup(file);
        log.info("Scheduled backup written to {}", file);
        prune();
    }

    /** Removes all but the newest {@code keep} scheduled backups; a backup copied in by hand is left alone. */
    void prune() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> old = files.filter(path -> path.getFileName().toString().startsWith(PREFIX)
                            && path.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString()).reversed())
                    .skip(keep).toList();
            for (Path path : old) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not prune old backups in {}: {}", directory, e.getMessage());
        }
    }
}
