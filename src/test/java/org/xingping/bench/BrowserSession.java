package org.xingping.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;

/**
 * One person's browser on the jar over loopback, as the page benchmarks use it: one session (the
 * SESSION cookie), logged in through the form with the CSRF token read from the page, redirects
 * not followed so that each answer is checked as the server gave it.
 */
final class BrowserSession {

    /** What a first login with an initial password changes it to, as the product insists. */
    static final String NEW_PASSWORD = "Bench#Mark2021";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    BrowserSession(int port) {
        this.port = port;
    }

    /**
     * Logs in through the form; a first login with the initial password changes it, as it must. Ends
     * by opening {@code landing}, so that the session has seen a page as a person's would.
     */
    void logIn(String username, String password, String landing) throws Exception {
        post("/login", "/login", "username=" + encode(username) + "&password=" + encode(password));
        HttpResponse<String> home = http.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() == 302 && home.headers().firstValue("Location").orElse("").contains("/account/password")) {
            post("/account/password", "/account/password", "currentPassword=" + encode(password) + "&newPassword="
                    + encode(NEW_PASSWORD) + "&confirmPassword=" + encode(NEW_PASSWORD));
        }
        get(landing);
    }

    /** Posts a form with the CSRF token of {@code formPage}; it must answer a redirect that is not to an error. */
    void post(String formPage, String action, String form) throws Exception {
        String token = Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").first().attr("value");
        HttpResponse<String> response = http.send(request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("POST " + action + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
    }

    /**
     * Posts a form with the CSRF token of {@code formPage} that answers a file (a generated report):
     * it must answer 200 with the file, not the page again.
     */
    HttpResponse<byte[]> download(String formPage, String action, String form) throws Exception {
        String token = Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").first().attr("value");
        return postForFile(action, form + "&_csrf=" + encode(token));
    }

    /** Posts a form whose CSRF token the caller already holds, answering the file. */
    HttpResponse<byte[]> postForFile(String action, String form) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            throw new IllegalStateException("POST " + action + " answered " + response.statusCode() + " "
                    + response.headers().firstValue("Content-Type").orElse(""));
        }
        return response;
    }

    /** A page that must answer 200: anything else would time an error page instead of the page. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    /** Whatever the server answers, a refusal or a redirect as much as a page. */
    HttpResponse<String> answer(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A download that must answer 200, as bytes. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
