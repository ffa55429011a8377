package eu.dmhub.web;

import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Errors on pages become a friendly page with the right status, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);
    private final PageShell shell;

    PageErrors(PageShell shell) {
        this.shell = shell;
    }

    @ExceptionHandler(NotFound.class)
    String notFound(NotFound e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(model, request, response, 404, e.messageKey(), FormErrors.none());
    }

    @ExceptionHandler(Conflict.class)
    String conflict(Conflict e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(model, request, response, 409, e.messageKey(), FormErrors.of(e));
    }

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return error(model, request, response, 400, "problem.invalid", FormErrors.of(e));
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error on a page", e);
        return error(model, request, response, 500, "problem.unexpected", FormErrors.none());
    }

    private String error(
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String key,
            FormErrors errors) {
        response.setStatus(status);
        shell.addTo(model, request);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", key);
        model.addAttribute("errors", errors);
        return "error";
    }
}
