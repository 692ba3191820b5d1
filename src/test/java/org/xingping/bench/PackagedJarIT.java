package org.xingping.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingping.support.EmbeddedPostgres;

/**
 * The jar as a person runs it, after {@code package}: the shaded jar started with {@code java -jar}
 * serves from the context generated ahead of time, which no other test uses (they start Spring
 * from the classes). Every role's pages, the permissions enforced by method security (its proxies
 * were generated at build time too), the PostgreSQL profile (the JDBC dialect is chosen at run time,
 * not frozen at build time), and a command, which starts the classic way from the merged
 * auto-configuration lists of the shaded jar. It starts the jar as the README does, with the
 * class-data-sharing archive the build wrote, and fails if the JVM finds that the archive does not
 * fit the jar (it would only warn and start more slowly).
 */
class PackagedJarIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path directory;

    @Test
    void theDemoServesEveryRoleFromTheContextGeneratedAheadOfTime() throws Exception {
        Path data = directory.resolve("data");
        Running server = start(List.of("--demo", "--xingping.data-dir=" + data), Map.of());
        try {
            assertThat(server.log()).contains("Starting AOT-processed XingPingApplication");

            BrowserSession gongwei = server.logIn("gongwei");
            for (String page : List.of("/", "/organizations", "/units/new", "/statistics", "/decision", "/campaigns",
                    "/api/v1/units", "/api/openapi.json", "/account/tokens")) {
                assertThat(gongwei.answer(page).statusCode()).as("gongwei " + page).isEqualTo(200);
            }
            assertThat(gongwei.answer("/organizations").body()).contains("U001");

            BrowserSession unit = server.logIn("u001");
            assertThat(unit.answer("/").statusCode()).isEqualTo(200);
            assertThat(unit.answer("/units/new").statusCode()).as("a unit account creates no units").isEqualTo(403);
            assertThat(unit.answer("/api/v1/units/U002").statusCode()).as("another unit through the API").isEqualTo(403);

            BrowserSession observer = server.logIn("obs07");
            assertThat(observer.answer("/").statusCode()).isEqualTo(200);
            assertThat(observer.answer("/statistics").statusCode()).isEqualTo(403);
        } finally {
            Bench.stop(server.process());
        }

        // A command of the interfaces contract from the same jar, on the data the server left.
        Path backup = directory.resolve("demo.zip");
        Path log = directory.resolve("backup.log");
        Process command = Bench.startJar(List.of(), List.of("backup", "--out", backup.toString(),
                "--xingping.data-dir=" + data), log);
        assertThat(command.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.size(backup)).isPositive();
    }

    @Test
    void theProductionStartOnPostgresqlOpensTheAdministratorAccount() throws Exception {
        String database = "xingping_jar";
        try (Connection connection = EmbeddedPostgres.server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + database, e);
        }
        Path data = directory.resolve("data");
        Running server = start(List.of("--spring.profiles.active=postgres", "--xingping.data-dir=" + data),
                Map.of("XINGPING_DB_URL", EmbeddedPostgres.server().getJdbcUrl("postgres", database),
                        "XINGPING_DB_USER", "postgres", "XINGPING_DB_PASSWORD", ""));
        try {
            assertThat(server.log()).contains("Starting AOT-processed XingPingApplication")
                    .contains("The following 1 profile is active: \"postgres\"");
            String password = Files.readString(data.resolve("initial-admin-password")).trim();

            BrowserSession admin = new BrowserSession(server.port());
            admin.post("/login", "/login", "username=admin&password=" + BrowserSession.encode(password));
            var home = admin.answer("/");
            assertThat(home.statusCode()).as("the first login must change the password").isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/account/password"));
            assertThat(admin.answer("/account/password").statusCode()).isEqualTo(200);
        } finally {
            Bench.stop(server.process());
        }
    }

    private Running start(List<String> arguments, Map<String, String> environment) throws Exception {
        int port = Bench.freePort();
        List<String> all = new ArrayList<>(List.of("--server.port=" + port));
        all.addAll(arguments);
        Path log = directory.resolve("server-" + port + ".log");
        long started = System.nanoTime();
        Process process = Bench.startJar(Bench.withArchive(), all, environment, log);
        Running server = new Running(process, port, log);
        try {
            Bench.untilLoginPage(port, started, process, PATIENCE);
        } catch (IllegalStateException notUp) {
            Bench.stop(process);
            throw new AssertionError(notUp.getMessage() + ":\n" + server.log(), notUp);
        }
        assertThat(server.log()).as("the JVM's word on the class-data-sharing archive")
                .doesNotContain("[warning][cds").doesNotContain("[error][cds");
        return server;
    }

    private record Running(Process process, int port, Path logFile) {

        String log() throws IOException {
            return Files.readString(logFile);
        }

        /** Logged in with the demo password (the demo's accounts need no change of it). */
        BrowserSession logIn(String username) throws Exception {
            BrowserSession session = new BrowserSession(port);
            session.logIn(username, "Demo@2021", "/");
            return session;
        }
    }
}
