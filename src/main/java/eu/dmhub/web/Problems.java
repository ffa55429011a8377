package eu.dmhub.web;

import eu.dmhub.shared.InvalidInput.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that makes the API's RFC 9457 problem details: a title in the caller's language,
 * the fields at fault under {@code errors}. The exception handler returns them to Spring MVC; the
 * error page, the firewall's rejections and Tomcat's own refusals write them here, so an API
 * caller sees the same shape whichever layer refused the request.
 */
@Component
class Problems {

    /** The request attribute naming the message key that explains a refusal (set before {@code sendError}). */
    static final String MESSAGE_KEY = Problems.class.getName() + ".messageKey";

    /** Statuses the API explains in its own words; any other takes the words of its class (400 or 500). */
    private static final Map<Integer, String> TITLES = Map.of(
            400, "error.page.400",
            401, "problem.sign-in",
            403, "problem.forbidden",
            404, "problem.no-such-address",
            405, "problem.method-not-allowed",
            406, "problem.not-acceptable",
            409, "error.page.409",
            413, "error.body.too-large",
            415, "problem.unsupported-media-type",
            500, "problem.unexpected");

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The message key of a status's title. */
    static String titleKey(HttpStatusCode status) {
        String key = TITLES.get(status.value());
        if (key != null) {
            return key;
        }
        return status.is4xxClientError() ? TITLES.get(400) : TITLES.get(500);
    }

    ProblemDetail of(HttpStatusCode status, Locale locale) {
        return of(status, titleKey(status), List.of(), locale);
    }

    /** A problem titled by a message key; the detail lists the fields at fault, or repeats the title. */
    ProblemDetail of(HttpStatusCode status, String titleKey, List<Problem> problems, Locale locale) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        // Spring leaves the type out unless it is set; our answers always carry all five members
        detail.setType(ABOUT_BLANK);
        String fallback = status instanceof HttpStatus known ? known.getReasonPhrase() : null;
        detail.setTitle(messages.getMessage(titleKey, null, fallback, locale));
        if (problems.isEmpty()) {
            detail.setDetail(detail.getTitle());
            return detail;
        }
        detail.setDetail(problems.stream()
                .map(p -> p.field() + ": " + message(p, locale))
                .reduce((a, b) -> a + "; " + b)
                .orElse(null));
        detail.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "code", p.messageKey(), "message", message(p, locale)))
                        .toList());
        return detail;
    }

    /** Writes a problem as the whole response outside Spring MVC (error page, filters, the container). */
    void write(HttpServletResponse response, ProblemDetail problem, String path) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), fields(problem, path));
    }

    /** The members in RFC 9457's order, then the extensions. */
    private static Map<String, Object> fields(ProblemDetail problem, String path) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        // the path as the client sent it: a refused one need not be a valid URI reference
        body.put("instance", path);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    private String message(Problem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
    }
}
