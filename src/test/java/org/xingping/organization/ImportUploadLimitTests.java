package org.xingping.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.UserAccountManagement.NewAccount;
import org.xingping.support.HostileFiles;

/**
 * A file far over the upload limit, sent to the real server as a browser sends it (multipart, the
 * CSRF token among the form's fields): the committee's staff are sent back to the import page with
 * a message that names the limit, and the application goes on serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportUploadLimitTests {

    static final String PASSWORD = "Xing@Ping2021";
    static final String CHANGED = "Better#Pass1";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountManagement accounts;
    @Autowired
    JdbcClient jdbc;

    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aFiftyMegabyteFileIsSentBackWithTheLimitAndTheNextImportWorks() throws Exception {
        logInAsCommitteeStaff();

        HttpResponse<String> tooLarge = upload("organizations.csv", () -> HostileFiles.repeatedRows(
                RegistryFixtures.ORGANIZATIONS_HEADER, OrganizationImportBadInputTests.NEW_BRANCH,
                HostileFiles.FIFTY_MEGABYTES), HostileFiles.FIFTY_MEGABYTES);

        assertThat(tooLarge.statusCode()).isEqualTo(302);
        assertThat(tooLarge.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/organizations/import"));
        Document page = Jsoup.parse(get("/organizations/import").body());
        assertThat(page.select(".flash.error").text()).contains("文件超过上限 32 MB");
        assertThat(count("party_organization")).isZero();

        byte[] unit = (RegistryFixtures.UNITS_HEADER + "\r\n" + OrganizationImportBadInputTests.NEW_UNIT + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = upload("units", "units.csv", () -> new ByteArrayInputStream(unit), unit.length);

        assertThat(imported.statusCode()).isEqualTo(302);
        assertThat(imported.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/organizations"));
        assertThat(Jsoup.parse(get("/organizations").body()).select(".flash.success").text()).contains("导入完成");
        assertThat(jdbc.sql("select name from unit where code = 'U106'").query(String.class).single())
                .isEqualTo("市退役军人事务局");
    }

    // --- a browser's requests, by hand ------------------------------------------------------------

    /** Logs in through the form, as a newly opened committee-staff account that changed its password. */
    void logInAsCommitteeStaff() throws Exception {
        String username = "gw" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, "工委管理员（测试）", Role.COMMITTEE_ADMINISTRATOR, null, null), PASSWORD);
        accounts.changeOwnPassword(accounts.findByUsername(username).orElseThrow().getId(), PASSWORD, CHANGED);
        String token = csrfToken(get("/login").body());
        String form = "username=" + encode(username) + "&password=" + encode(CHANGED) + "&_csrf=" + encode(token);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("logged in").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    HttpResponse<String> upload(String fileName, Supplier<InputStream> content, long length) throws Exception {
        return upload("organizations", fileName, content, length);
    }

    /** The import form posted as multipart/form-data, with the length known up front as a browser sends it. */
    HttpResponse<String> upload(String field, String fileName, Supplier<InputStream> content, long length)
            throws Exception {
        String token = csrfToken(get("/organizations/import").body());
        String boundary = "----XingPingBoundary" + UUID.randomUUID().toString().replace("-", "");
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Supplier<InputStream> body = () -> new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head), content.get(), new ByteArrayInputStream(tail))));
        HttpRequest request = HttpRequest.newBuilder(uri("/organizations/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body),
                        head.length + length + tail.length))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response;
    }

    static String csrfToken(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").first().attr("value");
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
