package eu.dmhub.identity.web;

import eu.dmhub.identity.application.Registration;
import eu.dmhub.identity.application.RegistrationService;
import eu.dmhub.identity.domain.PrivacyNotice;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up page: a person and their company in one form; signs the person in on success. */
@Controller
class RegistrationPage {

    private final RegistrationService registrations;
    private final UserDetailsService people;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    RegistrationPage(RegistrationService registrations, UserDetailsService people) {
        this.registrations = registrations;
        this.people = people;
    }

    @GetMapping("/register")
    String form(Model model, Locale locale) {
        var empty = new Registration("", "", "", locale.getLanguage(), null, Registration.CompanyForm.empty());
        return show(model, empty, FormErrors.none());
    }

    @PostMapping("/register")
    String register(
            @ModelAttribute("form") Registration form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            registrations.register(form);
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return show(model, form, FormErrors.of(invalid));
        } catch (Conflict conflict) {
            response.setStatus(409);
            return show(model, form, FormErrors.of(conflict));
        }
        signIn(form.email(), request, response);
        return "redirect:/assessments";
    }

    private String show(Model model, Registration form, FormErrors errors) {
        model.addAttribute("form", withoutPassword(form));
        model.addAttribute("errors", errors);
        model.addAttribute("choices", ProfileChoices.INSTANCE);
        model.addAttribute("privacyNotice", PrivacyNotice.VERSION);
        return "identity/register";
    }

    private static Registration withoutPassword(Registration form) {
        var company = form.company() == null ? Registration.CompanyForm.empty() : form.company();
        return new Registration(form.email(), "", form.name(), form.language(), form.privacyNotice(), company);
    }

    private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
        var principal = people.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }
}
