package eu.dmhub.web;

import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.ControlCharacters;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.NotFound;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every API error as RFC 9457 problem details. Each problem names the offending field(s) under
 * {@code errors}, with a stable {@code code} and a message in the caller's language. Nothing
 * internal (exception messages, stack traces) ever reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInput invalid, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "problem.invalid", invalid.problems(), locale);
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict conflict, Locale locale) {
        return problem(
                HttpStatus.CONFLICT,
                conflict.messageKey(),
                List.of(Problem.of(conflict.field(), conflict.messageKey())),
                locale);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, notFound.messageKey(), List.of(), locale);
    }

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> badCredentials(BadCredentialsException e, Locale locale) {
        return problem(
                HttpStatus.UNAUTHORIZED,
                "error.credentials",
                List.of(Problem.of("password", "error.credentials")),
                locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        log.error("Unexpected error in an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected", List.of(), locale);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        if (causedBy(e, RequestBodyLimit.TooLarge.class)) {
            return widen(problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "error.body.too-large",
                    List.of(Problem.of("body", "error.body.too-large")),
                    locale));
        }
        Problem problem = Problem.of("body", "error.body.malformed");
        if (e.getCause() instanceof PlainTextJson.Refused refused) {
            problem = ControlCharacters.problem(refused.getPath().isEmpty() ? "body" : path(refused));
        } else if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            problem = Problem.of(path(databind), "error.body.wrong-type");
        }
        return widen(problem(HttpStatus.BAD_REQUEST, "problem.invalid", List.of(problem), locale));
    }

    /**
     * Spring's own refusals (405, 406, 415, a missing parameter…) come with an English title: they
     * get ours, in the caller's language. Their headers ({@code Allow}, {@code Accept}) stay.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        Object localised = body instanceof ProblemDetail ? problems.of(statusCode, request.getLocale()) : body;
        return super.createResponseEntity(localised, headers, statusCode, request);
    }

    private static String path(DatabindException e) {
        var path = new StringBuilder();
        e.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, List<Problem> problems, Locale locale) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(this.problems.of(status, titleKey, problems, locale));
    }
}
