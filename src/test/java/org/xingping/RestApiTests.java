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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.ApiTokens;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.UserAccountManagement.NewAccount;
import org.xingping.scoring.GroupReviews;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP on the demo instance, as a machine uses it: a personal token per
 * role, each resource read within exactly the scope its pages allow, and every refusal a problem
 * detail that says why (401 without a valid token, 403 outside the scope, 404 for an unknown code,
 * 400 for an unknown filter or a bad page). Tokens are made through the service; the token page
 * itself is walked with a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.demo=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestApiTests {

    static final String PASSWORD = "Demo@2021";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    UserAccountManagement accounts;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GroupReviews reviews;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final Map<String, String> tokenOf = new HashMap<>();

    record Answer(int status, String contentType, JsonNode body, String text) {
    }

    String token(String username) {
        return tokenOf.computeIfAbsent(username, name -> tokens.create("test " + name, LocalDate.now().plusDays(30),
                accounts.signInCandidate(name).orElseThrow()).secret());
    }

    Answer get(String username, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(username)).GET());
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = type.contains("json") ? json.readTree(response.body()) : null;
            return new Answer(response.statusCode(), type, body, response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).isNull() ? null : node.get(field).asString()));
        return values;
    }

    /** A refusal: the status, a problem detail with an English title, and a Chinese reason naming what was refused. */
    static void refused(Answer answer, int status, String... mentioned) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("title").asString()).matches("[ -~]+");
        String detail = answer.body().get("detail").asString();
        assertThat(detail).containsPattern("\\p{IsHan}");
        for (String word : mentioned) {
            assertThat(detail).contains(word);
        }
    }

    // --- authentication -----------------------------------------------------------------------------

    @Test
    void withoutAValidTokenNothingIsRead() {
        refused(send(HttpRequest.newBuilder(uri("/api/v1/units")).GET()), 401, "Authorization");
        refused(send(HttpRequest.newBuilder(uri("/api/v1/units")).header("Authorization", "Bearer xp_forged").GET()),
                401, "令牌无效");

        CurrentUser gongwei = accounts.signInCandidate("gongwei").orElseThrow();
        var revoked = tokens.create("to revoke", LocalDate.now().plusDays(3), gongwei);
        assertThat(bearer(revoked.secret(), "/api/v1/campaigns").status()).isEqualTo(200);
        tokens.revoke(revoked.token().id(), gongwei);
        refused(bearer(revoked.secret(), "/api/v1/campaigns"), 401, "撤销");

        var expired = tokens.create("to expire", LocalDate.now().plusDays(3), gongwei);
        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .param("id", expired.token().id()).update();
        refused(bearer(expired.secret(), "/api/v1/campaigns"), 401, "过期");
    }

    @Test
    void aDisabledAccountsTokenIsRefused() {
        var account = accounts.open(new NewAccount("api-disabled", "停用测试", Role.COMMITTEE_ADMINISTRATOR, null, null),
                "Xing@Ping2021");
        var issued = tokens.create("soon disabled", LocalDate.now().plusDays(3),
                accounts.signInCandidate("api-disabled").orElseThrow());
        assertThat(bearer(issued.secret(), "/api/v1/units").status()).isEqualTo(200);
        accounts.disable(account.getId());
        refused(bearer(issued.secret(), "/api/v1/units"), 401, "停用");
    }

    @Test
    void aTokenRecordsItsLastUseAndKeepsOnlyAHash() {
        var issued = tokens.create("hash check", LocalDate.now().plusDays(3), accounts.signInCandidate("lingdao").orElseThrow());
        assertThat(tokens.find(issued.token().id()).orElseThrow().lastUsedAt()).isEmpty();
        assertThat(bearer(issued.secret(), "/api/v1/campaigns").status()).isEqualTo(200);
        assertThat(tokens.find(issued.token().id()).orElseThrow().lastUsedAt()).isPresent();
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :secret")
                .param("secret", issued.secret()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'ApiToken' and subject_id = :id")
                .param("id", String.valueOf(issued.token().id())).query(Long.class).single()).isEqualTo(1);
    }

    Answer bearer(String secret, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + secret).GET());
    }

    // --- organisations ------------------------------------------------------------------------------

    @Test
    void unitsAreReadWithinTheScope() {
        assertThat(get("gongwei", "/api/v1/units?size=500").body().get("totalElements").asInt()).isEqualTo(105);
        JsonNode own = get("u001", "/api/v1/units").body();
        assertThat(texts(own.get("content"), "code")).containsExactly("U001");
        assertThat(texts(get("u001-b01", "/api/v1/units").body().get("content"), "code")).containsExactly("U001");
        assertThat(get("obs01", "/api/v1/units").body().get("totalElements").asInt()).isZero();

        assertThat(get("u001", "/api/v1/units/U001").body().get("name").asString()).isNotBlank();
        refused(get("u001", "/api/v1/units/U002"), 403, "U002");
        refused(get("u001-b01", "/api/v1/units/U002"), 403, "U002");
        refused(get("gongwei", "/api/v1/units/U999"), 404, "U999");
        refused(get("gongwei", "/api/v1/units?category=没有这类"), 400, "category");
    }

    @Test
    void organisationsAreReadWithinTheScopeWithTheirLevels() {
        JsonNode branch = get("u001-b01", "/api/v1/organizations").body();
        assertThat(texts(branch.get("content"), "code")).containsExactly("U001-B01");
        JsonNode unit = get("u001", "/api/v1/organizations?size=500").body();
        assertThat(texts(unit.get("content"), "unitCode")).isNotEmpty().containsOnly("U001");
        assertThat(get("gongwei", "/api/v1/organizations?type=BRANCH&size=1").body().get("totalElements").asInt())
                .isGreaterThan(700);

        JsonNode detail = get("u001-b01", "/api/v1/organizations/U001-B01").body();
        assertThat(detail.get("unitCode").asString()).isEqualTo("U001");
        assertThat(detail.get("levels").isArray()).isTrue();
        refused(get("u001-b01", "/api/v1/organizations/U001-B02"), 403, "U001-B02");
        refused(get("u001", "/api/v1/organizations/U002-B01"), 403, "U002-B01");
        refused(get("u001", "/api/v1/organizations?unit=U002"), 403, "U002");
        refused(get("gongwei", "/api/v1/organizations?unit=U999"), 400, "U999");
        refused(get("gongwei", "/api/v1/organizations?type=CELL"), 400, "type", "BRANCH");
        refused(get("gongwei", "/api/v1/organizations/NOPE"), 404, "NOPE");
    }

    @Test
    void badPagingIsRefused() {
        refused(get("gongwei", "/api/v1/organizations?size=501"), 400, "500");
        refused(get("gongwei", "/api/v1/organizations?size=0"), 400, "size");
        refused(get("gongwei", "/api/v1/organizations?page=-1"), 400, "page");
        refused(get("gongwei", "/api/v1/organizations?size=many"), 400, "size");
        JsonNode second = get("gongwei", "/api/v1/organizations?page=1&size=10").body();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("content").size()).isEqualTo(10);
    }

    // --- campaigns and declarations -----------------------------------------------------------------

    @Test
    void campaignsAreListedWithTheirStandardAndPhase() {
        JsonNode campaigns = get("gongwei", "/api/v1/campaigns").body();
        assertThat(texts(campaigns, "year")).contains("2021", "2022");
        JsonNode reference = get("u001", "/api/v1/campaigns/2021").body();
        assertThat(reference.get("standardId").asString()).isNotBlank();
        assertThat(reference.get("phase").asString()).isNotBlank();
        refused(get("gongwei", "/api/v1/campaigns/1999"), 404, "1999");
        refused(get("gongwei", "/api/v1/campaigns/year"), 400, "year");
    }

    @Test
    void declarationsAreReadWithinTheScope() {
        int all = get("gongwei", "/api/v1/campaigns/2021/declarations?size=1").body().get("totalElements").asInt();
        JsonNode unit = get("u001", "/api/v1/campaigns/2021/declarations?size=500").body();
        assertThat(unit.get("totalElements").asInt()).isPositive().isLessThan(all);
        assertThat(texts(unit.get("content"), "unitCode")).containsOnly("U001");
        JsonNode branch = get("u001-b01", "/api/v1/campaigns/2021/declarations").body();
        assertThat(texts(branch.get("content"), "branchCode")).containsOnly("U001-B01");
        refused(get("obs01", "/api/v1/campaigns/2021/declarations"), 403, "obs01", "观摩组组长");
        refused(get("admin-api", "/api/v1/campaigns/2021/declarations"), 403, "系统管理员");

        refused(get("u001", "/api/v1/campaigns/2021/declarations?unit=U002"), 403, "U002");
        refused(get("gongwei", "/api/v1/campaigns/2021/declarations?status=LOST"), 400, "LOST", "FORWARDED");
        refused(get("gongwei", "/api/v1/campaigns/2021/declarations?kind=MAYBE"), 400, "MAYBE");
        assertThat(texts(get("gongwei", "/api/v1/campaigns/2021/declarations?unit=U002&size=500").body()
                .get("content"), "unitCode")).containsOnly("U002");
    }

    // --- the plan and the score sheets --------------------------------------------------------------

    @Test
    void theCommitteeReadsTheWholePlanAnObserverTheirGroups() {
        JsonNode whole = get("gongwei", "/api/v1/campaigns/2021/plan").body();
        assertThat(whole.get("wholePlan").asBoolean()).isTrue();
        assertThat(whole.get("groups").size()).isGreaterThan(1);
        JsonNode own = get("obs01", "/api/v1/campaigns/2021/plan").body();
        assertThat(own.get("wholePlan").asBoolean()).isFalse();
        assertThat(own.get("groups").size()).isEqualTo(1);
        String group = own.get("groups").get(0).get("number").asString();
        assertThat(texts(own.get("visits"), "group")).isNotEmpty().containsOnly(group);
        assertThat(own.get("visits").size()).isLessThan(whole.get("visits").size());

        refused(get("u001", "/api/v1/campaigns/2021/plan"), 403);
        refused(get("u001-b01", "/api/v1/campaigns/2021/plan"), 403);
        refused(get("gongwei", "/api/v1/campaigns/1999/plan"), 404, "1999");
    }

    @Test
    void scoreSheetsAreForTheCommitteeAndTheObserversGroupNeverForUnits() {
        JsonNode all = get("gongwei", "/api/v1/campaigns/2021/score-sheets?size=500").body();
        JsonNode own = get("obs01", "/api/v1/campaigns/2021/score-sheets?size=500").body();
        assertThat(own.get("totalElements").asInt()).isPositive().isLessThan(all.get("totalElements").asInt());
        String group = own.get("content").get(0).get("group").asString();
        assertThat(texts(own.get("content"), "group")).containsOnly(group);

        String ownBranch = own.get("content").get(0).get("branchCode").asString();
        JsonNode review = get("obs01", "/api/v1/campaigns/2021/score-sheets/" + ownBranch).body();
        assertThat(review.get("members").size()).isPositive();
        assertThat(review.get("items").get(0).get("points").size()).isEqualTo(review.get("members").size());
        assertThat(get("gongwei", "/api/v1/campaigns/2021/score-sheets/" + ownBranch).status()).isEqualTo(200);

        // Units and branches never see the observers' scores, not even of their own branch.
        String unitCode = own.get("content").get(0).get("unitCode").asString();
        String unitAccount = unitCode.toLowerCase();
        refused(get(unitAccount, "/api/v1/campaigns/2021/score-sheets"), 403);
        refused(get(unitAccount, "/api/v1/campaigns/2021/score-sheets/" + ownBranch), 403);
        refused(get("u001-b01", "/api/v1/campaigns/2021/score-sheets/U001-B01"), 403);
        refused(get("gongwei", "/api/v1/campaigns/2021/score-sheets/NOPE-B01"), 404, "NOPE-B01");
    }

    @Test
    void anObserverReadsAnotherGroupsSheetsOnlyOnceTheCommitteeOpensThem() {
        JsonNode all = get("gongwei", "/api/v1/campaigns/2021/score-sheets?size=500").body();
        JsonNode own = get("obs01", "/api/v1/campaigns/2021/score-sheets?size=500").body();
        String group = own.get("content").get(0).get("group").asString();
        JsonNode other = null;
        for (JsonNode branch : all.get("content")) {
            if (!branch.get("group").asString().equals(group)) {
                other = branch;
                break;
            }
        }
        assertThat(other).isNotNull();
        boolean opened = reviews.disclosure(2021).opened();
        Answer answer = get("obs01", "/api/v1/campaigns/2021/score-sheets/" + other.get("branchCode").asString()
                + "?group=" + other.get("group").asString());
        if (opened) {
            assertThat(answer.status()).isEqualTo(200);
        } else {
            refused(answer, 403, "obs01");
        }
    }

    // --- results and rectification ------------------------------------------------------------------

    @Test
    void aProvincePullsTheConfirmedResultsOfAYear() {
        List<DecidedBranch> confirmed = decisions.confirmedResults(2021);
        assertThat(confirmed).isNotEmpty();
        List<JsonNode> pulled = new ArrayList<>();
        int page = 0;
        JsonNode answer;
        do {
            answer = get("gongwei", "/api/v1/campaigns/2021/results?size=200&page=" + page++).body();
            assertThat(answer.get("confirmed").asBoolean()).isTrue();
            assertThat(answer.get("designated").asBoolean()).isTrue();
            answer.get("results").get("content").forEach(pulled::add);
        } while (page < answer.get("results").get("totalPages").asInt());
        assertThat(pulled).hasSize(confirmed.size());
        for (int i = 0; i < confirmed.size(); i++) {
            DecidedBranch expected = confirmed.get(i);
            JsonNode got = pulled.get(i);
            assertThat(got.get("branchCode").asString()).isEqualTo(expected.branchCode());
            assertThat(got.get("stars").asInt()).isEqualTo(expected.stars());
            assertThat(got.get("levelName").asString()).isEqualTo(expected.levelName());
            assertThat(got.get("total").decimalValue()).isEqualByComparingTo(expected.total());
            assertThat(got.get("honourCodes").size()).isEqualTo(expected.honourCodes().size());
        }
    }

    @Test
    void unitsAndBranchesReadOnlyTheirOwnResults() {
        List<DecidedBranch> ofU001 = decisions.confirmedResults(2021).stream()
                .filter(branch -> branch.unitCode().equals("U001")).toList();
        JsonNode unit = get("u001", "/api/v1/campaigns/2021/results?size=500").body().get("results");
        assertThat(texts(unit.get("content"), "branchCode"))
                .containsExactlyElementsOf(ofU001.stream().map(DecidedBranch::branchCode).toList());
        JsonNode branch = get("u001-b01", "/api/v1/campaigns/2021/results").body().get("results");
        assertThat(texts(branch.get("content"), "branchCode")).containsOnly("U001-B01");

        refused(get("u001", "/api/v1/campaigns/2021/results?unit=U002"), 403, "U002");
        refused(get("u001", "/api/v1/campaigns/2021/results/U002-B01"), 403, "U002-B01");
        refused(get("obs01", "/api/v1/campaigns/2021/results"), 403);
        refused(get("admin-api", "/api/v1/campaigns/2021/results"), 403);
        refused(get("gongwei", "/api/v1/campaigns/2021/results?unit=U999"), 400, "U999");
    }

    @Test
    void rectificationTasksAreScopedLikeTheLedger() {
        int all = get("gongwei", "/api/v1/campaigns/2021/rectification-tasks?size=1").body().get("totalElements").asInt();
        assertThat(all).isPositive();
        JsonNode unit = get("u001", "/api/v1/campaigns/2021/rectification-tasks?size=500").body();
        assertThat(unit.get("totalElements").asInt()).isLessThan(all);
        assertThat(texts(unit.get("content"), "unitCode")).containsOnly("U001");
        JsonNode branch = get("u001-b01", "/api/v1/campaigns/2021/rectification-tasks?size=500").body();
        assertThat(texts(branch.get("content"), "branchCode")).containsOnly("U001-B01");

        refused(get("u001", "/api/v1/campaigns/2021/rectification-tasks?unit=U002"), 403, "U002");
        refused(get("obs01", "/api/v1/campaigns/2021/rectification-tasks"), 403);
        refused(get("admin-api", "/api/v1/campaigns/2021/rectification-tasks"), 403);
        refused(get("gongwei", "/api/v1/campaigns/2021/rectification-tasks?state=DONE"), 400, "DONE", "OVERDUE");
        refused(get("gongwei", "/api/v1/campaigns/2021/rectification-tasks?severity=HUGE"), 400, "HUGE");
    }

    // --- the documentation and the session ----------------------------------------------------------

    @Test
    void theOpenApiDocumentListsEveryResource() {
        JsonNode document = get("gongwei", "/api/openapi.json").body();
        assertThat(document.get("openapi").asString()).startsWith("3.");
        List<String> paths = new ArrayList<>(document.get("paths").propertyNames());
        assertThat(paths).contains("/api/v1/units", "/api/v1/units/{code}", "/api/v1/organizations",
                "/api/v1/organizations/{code}", "/api/v1/campaigns", "/api/v1/campaigns/{year}",
                "/api/v1/campaigns/{year}/declarations", "/api/v1/campaigns/{year}/plan",
                "/api/v1/campaigns/{year}/score-sheets", "/api/v1/campaigns/{year}/score-sheets/{branchCode}",
                "/api/v1/campaigns/{year}/results", "/api/v1/campaigns/{year}/results/{branchCode}",
                "/api/v1/campaigns/{year}/rectification-tasks");
        assertThat(paths).allMatch(path -> path.startsWith("/api/v1/"));
        assertThat(document.get("components").get("securitySchemes").get("apiToken").get("scheme").asString())
                .isEqualTo("bearer");
        refused(send(HttpRequest.newBuilder(uri("/api/openapi.json")).GET()), 401);
    }

    @Test
    void aSignedInBrowserReadsTheApiAndItsDocsButWritesNothing() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Answer docs = sendWith(browser, HttpRequest.newBuilder(uri("/api/docs")).GET());
        assertThat(docs.text()).contains("name=\"password\"");
        signIn(browser, "u001");
        Answer units = sendWith(browser, HttpRequest.newBuilder(uri("/api/v1/units")).GET());
        assertThat(texts(units.body().get("content"), "code")).containsExactly("U001");
        Answer swagger = sendWith(browser, HttpRequest.newBuilder(uri("/api/docs")).GET());
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.text()).contains("swagger-ui");
        refused(sendWith(browser, HttpRequest.newBuilder(uri("/api/v1/units"))
                .POST(HttpRequest.BodyPublishers.noBody())), 403);
    }

    @Test
    void anAccountThatMustChangeItsPasswordReadsNothingWithItsSession() {
        String password = accounts.resetPassword(accounts.signInCandidate("u097").orElseThrow().id());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = sendWith(browser, HttpRequest.newBuilder(uri("/login")).GET()).text();
        postForm(browser, "/login", csrf(login), Map.of("username", "u097", "password", password));
        refused(sendWith(browser, HttpRequest.newBuilder(uri("/api/v1/units")).GET()), 403, "修改密码");
    }

    @Test
    void theTokenPageShowsATokenOnceAndRevokesIt() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(browser, "u002");
        String page = sendWith(browser, HttpRequest.newBuilder(uri("/account/tokens")).GET()).text();
        Answer created = postForm(browser, "/account/tokens", csrf(page),
                Map.of("name", "省里拉取结果", "expiresOn", LocalDate.now().plusDays(10).toString()));
        Matcher secret = Pattern.compile("id=\"new-token\">(xp_[^<]+)<").matcher(created.text());
        assertThat(secret.find()).isTrue();
        assertThat(bearer(secret.group(1), "/api/v1/units").body().get("content").get(0).get("code").asString())
                .isEqualTo("U002");
        String again = sendWith(browser, HttpRequest.newBuilder(uri("/account/tokens")).GET()).text();
        assertThat(again).contains("省里拉取结果").doesNotContain(secret.group(1));

        Answer tooLong = postForm(browser, "/account/tokens", csrf(again),
                Map.of("name", "太久", "expiresOn", LocalDate.now().plusYears(2).toString()));
        assertThat(tooLong.text()).contains("一年之内").doesNotContain("new-token");

        long id = tokens.visibleTo(accounts.signInCandidate("u002").orElseThrow()).stream()
                .filter(token -> token.name().equals("省里拉取结果")).findFirst().orElseThrow().id();
        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(other, "u003");
        String otherPage = sendWith(other, HttpRequest.newBuilder(uri("/account/tokens")).GET()).text();
        assertThat(otherPage).doesNotContain("省里拉取结果");
        assertThat(postForm(other, "/account/tokens/" + id + "/revoke", csrf(otherPage), Map.of()).text())
                .contains("只能撤销自己的令牌");
        assertThat(bearer(secret.group(1), "/api/v1/units").status()).isEqualTo(200);

        postForm(browser, "/account/tokens/" + id + "/revoke", csrf(again), Map.of());
        refused(bearer(secret.group(1), "/api/v1/units"), 401, "撤销");
    }

    @Test
    void theSystemAdministratorSeesAndRevokesEveryonesTokens() {
        var issued = tokens.create("admin will revoke", LocalDate.now().plusDays(5),
                accounts.signInCandidate("u004").orElseThrow());
        CurrentUser admin = accounts.signInCandidate("admin-api").orElseThrow();
        assertThat(tokens.visibleTo(admin)).extracting(token -> token.id()).contains(issued.token().id());
        tokens.revoke(issued.token().id(), admin);
        refused(bearer(issued.secret(), "/api/v1/units"), 401);
    }

    // --- helpers ------------------------------------------------------------------------------------

    @org.junit.jupiter.api.BeforeAll
    void openAnAdministrator() {
        if (accounts.findByUsername("admin-api").isEmpty()) {
            accounts.open(new NewAccount("admin-api", "接口测试管理员", Role.SYSTEM_ADMINISTRATOR, null, null),
                    "Xing@Ping2021");
        }
    }

    Answer sendWith(HttpClient client, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Answer(response.statusCode(), type, type.contains("json") ? json.readTree(response.body()) : null,
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    void signIn(HttpClient client, String username) {
        String login = sendWith(client, HttpRequest.newBuilder(uri("/login")).GET()).text();
        postForm(client, "/login", csrf(login), Map.of("username", username, "password", PASSWORD));
    }

    Answer postForm(HttpClient client, String path, String csrf, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        fields.forEach((name, value) -> body.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return sendWith(client, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static String csrf(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("a CSRF field").isTrue();
        return matcher.group(1);
    }
}
