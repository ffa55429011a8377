package eu.dmhub.web;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.identity.Role;
import eu.dmhub.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
