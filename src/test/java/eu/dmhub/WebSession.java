package eu.dmhub;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/** A browser-like HTTP session for page tests: cookies, CSRF tokens, no redirect following. */
public final class WebSession {

    /** A page response. */
    public record Page(int status, String location, String body) {}

    private final HttpClient client;
    private final String base;
    private final String acceptLanguage;

    public WebSession(int port) {
        this(port, "en");
    }

    /** A session of a browser whose language settings send this Accept-Language header. */
    public WebSession(int port, String acceptLanguage) {
        this.base = "http://localhost:" + port;
        this.acceptLanguage = acceptLanguage;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET with one more header, such as {@code HX-Request} for the htmx partial of a page. */
    public Page get(String path, String header, String value) {
        return send(request(path).header(header, value).GET().build());
    }

    /** Downloads a file with this session's cookies. */
    public HttpApi.Download download(String path) {
        return HttpApi.download(client, request(path).GET().build());
    }

    /** Posts a form the way a browser would, with the CSRF token taken from {@code formPage}. */
    public Page post(String formPage, String path, Map<String, String> fields) {
        var all = new ArrayList<Map.Entry<String, String>>(fields.entrySet());
        return postAll(formPage, path, all);
    }

    /** {@link #post} for a form that sends a name more than once, such as a group of check boxes. */
    public Page postAll(String formPage, String path, List<Map.Entry<String, String>> fields) {
        String csrf =
                Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").attr("value");
        var all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf));
        String body =
                all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public WebSession signIn(String email, String password) {
        Page page = post("/login", "/login", Map.of("username", email, "password", password));
        if (page.status() != 302 || page.location().contains("error")) {
            throw new IllegalStateException(
                    "Sign-in failed for " + email + ": " + page.status() + " " + page.location());
        }
        return this;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage);
    }

    private Page send(HttpRequest request) {
        HttpResponse<String> response = HttpApi.exchange(client, request, HttpResponse.BodyHandlers.ofString());
        return new Page(
                response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
