package eu.dmhub.web;

import eu.dmhub.shared.ControlCharacters;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every form field and query parameter of a request to a controller is refused when it carries a
 * control character ({@link ControlCharacters}), before the controller binds it: the refusal is an
 * {@link InvalidInput} naming each such field, which the API answers as a 400 problem and a page
 * as the error page with its error summary. Nothing is saved, so nothing saved is lost.
 */
final class PlainTextParameters implements HandlerInterceptor {

    /** The field of a parameter whose own name carries a control character. */
    static final String UNNAMED = "parameters";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        var problems = new ArrayList<Problem>();
        request.getParameterMap().forEach((name, values) -> {
            boolean refused = ControlCharacters.in(name);
            for (String value : values) {
                refused |= ControlCharacters.in(value);
            }
            if (refused) {
                problems.add(ControlCharacters.problem(ControlCharacters.in(name) ? UNNAMED : name));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return true;
    }
}
