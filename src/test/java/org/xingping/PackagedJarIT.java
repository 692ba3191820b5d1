package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingping.support.EmbeddedPostgres;

/**
 * The jar as a person runs it, after {@code package}: the shaded jar started with {@code java -jar}
 * serves from the context generated ahead of time, which no other test uses (they start Spring
 * from the classes). Every role's pages, the permissions enforced by method security (its proxies
 * were generated at build time too), the PostgreSQL profile (the JDBC dialect is chosen at run time,
 * not frozen at build time), and a command, which starts the classic way from the merged
 * auto-configuration lists of the shaded jar.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "xingping.jar");

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path directory;

    @Test
    void theDemoServesEveryRoleFromTheContextGeneratedAheadOfTime() throws Exception {
        Path data = directory.resolve("data");
        Running server = start(List.of("--demo", "--xingping.data-dir=" + data), Map.of());
        try {
            assertThat(server.log()).contains("Starting AOT-processed XingPingApplication");

            Session gongwei = server.logIn("gongwei", "Demo@2021");
            for (String page : List.of("/", "/organizations", "/units/new", "/statistics", "/decision", "/campaigns",
                    "/api/v1/units", "/api/openapi.json", "/account/tokens")) {
                assertThat(gongwei.get(page).statusCode()).as("gongwei " + page).isEqualTo(200);
            }
            assertThat(gongwei.get("/organizations").body()).contains("U001");

            Session unit = server.logIn("u001", "Demo@2021");
            assertThat(unit.get("/").statusCode()).isEqualTo(200);
            assertThat(unit.get("/units/new").statusCode()).as("a unit account creates no units").isEqualTo(403);
            assertThat(unit.get("/api/v1/units/U002").statusCode()).as("another unit through the API").isEqualTo(403);

            Session observer = server.logIn("obs07", "Demo@2021");
            assertThat(observer.get("/").statusCode()).isEqualTo(200);
            assertThat(observer.get("/statistics").statusCode()).isEqualTo(403);
        } finally {
            server.stop();
        }

        // A command of the interfaces contract from the same jar, on the data the server left.
        Path backup = directory.resolve("demo.zip");
        Process command = new ProcessBuilder(java(), "-jar", JAR.toString(), "backup", "--out", backup.toString(),
                "--xingping.data-dir=" + data).redirectErrorStream(true)
                .redirectOutput(directory.resolve("backup.log").toFile()).start();
        assertThat(command.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(command.exitValue()).as(Files.readString(directory.resolve("backup.log"))).isZero();
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

            Session admin = server.logIn("admin", password);
            HttpResponse<String> home = admin.get("/");
            assertThat(home.statusCode()).as("the first login must change the password").isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).contains("/account/password"));
            assertThat(admin.get("/account/password").statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    private Running start(List<String> arguments, Map<String, String> environment) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(arguments);
        Path log = directory.resolve("server-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Running server = new Running(builder.start(), port, log);
        server.awaitLoginPage();
        return server;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Running(Process process, int port, Path logFile) {

        String log() throws IOException {
            return Files.readString(logFile);
        }

        void awaitLoginPage() throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the jar ended early:%n%s", log()).isTrue();
                try {
                    if (http.send(request("/login").build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // the port is not open yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("no login page within " + PATIENCE + ":\n" + log());
        }

        Session logIn(String username, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            Session session = new Session(http, this);
            Matcher csrf = CSRF.matcher(session.get("/login").body());
            assertThat(csrf.find()).as("the login form carries its CSRF token").isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> answer = http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).as(username + " logs in")
                    .doesNotContain("error");
            return session;
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    private record Session(HttpClient http, Running server) {

        HttpResponse<String> get(String path) throws Exception {
            return http.send(server.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
