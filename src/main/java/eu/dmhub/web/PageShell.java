package eu.dmhub.web;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.identity.Role;
import eu.dmhub.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in, the languages, and where we are. */
@ControllerAdvice
class PageShell {

    @ModelAttribute("person")
    CurrentPerson person() {
        return CurrentPersons.current().orElse(null);
    }

    /** Whether the signed-in person acts for a company (assessments and the company profile). */
    @ModelAttribute("actsForCompany")
    boolean actsForCompany() {
        return CurrentPersons.current().map(p -> p.has(Role.SME_USER)).orElse(false);
    }

    /** Whether the signed-in person may open the insights dashboard. */
    @ModelAttribute("mayAnalyse")
    boolean mayAnalyse() {
        return CurrentPersons.current()
                .map(p -> p.has(Role.ANALYST) || p.has(Role.CONSULTANT))
                .orElse(false);
    }

    /** Whether the signed-in person administers the platform (the recommendation catalogue). */
    @ModelAttribute("mayAdminister")
    boolean mayAdminister() {
        return CurrentPersons.current().map(p -> p.has(Role.ADMIN)).orElse(false);
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return Language.SUPPORTED;
    }

    /** The page's own path; on an error page, the path that failed, so the language links stay there. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String path ? path : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    /**
     * The same for a page rendered by an exception handler, which Spring gives none of the model
     * attributes above: without them an error page would greet a signed-in person with "Sign in"
     * and show no languages.
     */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("person", person());
        model.addAttribute("actsForCompany", actsForCompany());
        model.addAttribute("mayAnalyse", mayAnalyse());
        model.addAttribute("mayAdminister", mayAdminister());
        model.addAttribute("languages", languages());
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("display", DisplaySettings.of(request));
    }
}
