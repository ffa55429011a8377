package eu.dmhub.web;

import eu.dmhub.shared.FormErrors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * What the server container shows when a request fails outside a controller (no such address, a
 * method the address does not take, an error in a filter): for pages the normal layout for whoever
 * is signed in, for the API problem details. Opened directly, {@code /error} is not a page: 404.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Statuses with their own page title; any other shows the title of its class (400 or 500). */
    private static final Set<Integer> TITLED = Set.of(400, 403, 404, 405, 409, 500);

    private final PageShell shell;
    private final Problems problems;
    private final ObjectProvider<ThymeleafViewResolver> views;

    ErrorPages(PageShell shell, Problems problems, ObjectProvider<ThymeleafViewResolver> views) {
        this.shell = shell;
        this.problems = problems;
        this.views = views;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
            throws IOException {
        HttpStatus status = status(request);
        Object explained = request.getAttribute(Problems.MESSAGE_KEY);
        String path = failedPath(request);
        if (path.startsWith("/api/")) {
            String title = explained instanceof String key ? key : Problems.titleKey(status);
            problems.write(response, problems.of(status, title, List.of(), locale), path);
            return null;
        }
        shell.addTo(model, request);
        model.addAttribute("status", titled(status));
        model.addAttribute("messageKey", explained);
        model.addAttribute("errors", FormErrors.none());
        return new ModelAndView("error", model.asMap(), status);
    }

    /** The error page for a request the container refused before any servlet saw it. */
    void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws Exception {
        var model = new ExtendedModelMap();
        shell.addTo(model, request);
        model.addAttribute("status", titled(status));
        model.addAttribute("messageKey", messageKey);
        model.addAttribute("errors", FormErrors.none());
        View page = views.getObject().resolveViewName("error", request.getLocale());
        response.setStatus(status.value());
        page.render(model, request, response);
    }

    private static int titled(HttpStatus status) {
        if (TITLED.contains(status.value())) {
            return status.value();
        }
        return status.is4xxClientError() ? 400 : 500;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        return status == null || value < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String failedPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String failed ? failed : "";
        return path.substring(Math.min(request.getContextPath().length(), path.length()));
    }
}
