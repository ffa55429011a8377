package eu.dmhub.web;

import eu.dmhub.shared.FormErrors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the server container shows when a request fails outside a controller (no such address, a
 * method the address does not take, an error in a filter): for pages the normal layout for whoever
 * is signed in, for the API problem details. Opened directly, {@code /error} is not a page: 404.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Statuses with their own title; any other shows the title of its class (400 or 500). */
    private static final Map<Integer, String> TITLES = Map.of(
            400, "error.page.400",
            403, "error.page.403",
            404, "error.page.404",
            405, "error.page.405",
            409, "error.page.409",
            500, "error.page.500");

    private final PageShell shell;
    private final ApiProblems problems;
    private final JsonMapper json;

    ErrorPages(PageShell shell, ApiProblems problems, JsonMapper json) {
        this.shell = shell;
        this.problems = problems;
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale)
            throws IOException {
        HttpStatus status = status(request);
        int titled = TITLES.containsKey(status.value()) ? status.value() : status.is4xxClientError() ? 400 : 500;
        String path = failedPath(request);
        if (path.startsWith("/api/")) {
            String title = status == HttpStatus.NOT_FOUND ? "problem.no-such-address" : TITLES.get(titled);
            ProblemDetail problem =
                    problems.problem(status, title, List.of(), locale).getBody();
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problemJson(problem, path));
            return null;
        }
        shell.addTo(model, request);
        model.addAttribute("status", titled);
        model.addAttribute("errors", FormErrors.none());
        return new ModelAndView("error", model.asMap(), status);
    }

    private static Map<String, Object> problemJson(ProblemDetail problem, String path) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", path);
        return body;
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
