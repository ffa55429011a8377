package eu.dmhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests against the running server; remembers every status it saw. */
public final class HttpApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** A response: status, content type and the body parsed as JSON (or null). */
    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        /** The first value of a header, or "" when there is none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonNode json() {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        }

        /** The fields named in a problem's {@code errors} list. */
        public List<String> fields() {
            var fields = new ArrayList<String>();
            JsonNode errors = json().path("errors");
            errors.forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }
    }

    /** A downloaded file: status, content type, content disposition and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] body) {}

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final List<Integer> statuses = new ArrayList<>();
    private final int port;

    public HttpApi(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Reply get(String path, String token, String language) {
        return send(
                request(path, token).header("Accept-Language", language).GET().build());
    }

    public Reply post(String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build());
    }

    public Reply put(String path, String token, Object body) {
        return withBody("PUT", path, token, body);
    }

    public Reply patch(String path, String token, Object body) {
        return withBody("PATCH", path, token, body);
    }

    private Reply withBody(String method, String path, String token, Object body) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        HttpRequest.BodyPublishers.ofString(
                                body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build());
    }

    public Reply delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public Reply send(HttpRequest request) {
        HttpResponse<String> response = exchange(client, request, HttpResponse.BodyHandlers.ofString());
        statuses.add(response.statusCode());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                response.headers());
    }

    /** Downloads a file, in the language given (as Accept-Language) unless it is null. */
    public Download download(String path, String token, String language) {
        var request = request(path, token).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        Download download = download(client, request.build());
        statuses.add(download.status());
        return download;
    }

    static Download download(HttpClient client, HttpRequest request) {
        HttpResponse<byte[]> response = exchange(client, request, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""),
                response.body());
    }

    /** Sends a request; a failure to talk to the server fails the test. */
    static <T> HttpResponse<T> exchange(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public void assertNoServerErrors() {
        assertThat(statuses).as("statuses seen").allMatch(s -> s < 500);
    }
}
