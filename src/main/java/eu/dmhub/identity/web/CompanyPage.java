package eu.dmhub.identity.web;

import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.identity.application.CompanyService;
import eu.dmhub.identity.application.Registration.CompanyForm;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in person's company profile. */
@Controller
class CompanyPage {

    private final CompanyService companies;

    CompanyPage(CompanyService companies) {
        this.companies = companies;
    }

    @GetMapping("/company")
    String show(Model model) {
        var person = CurrentPersons.required();
        CompanyProfile profile = companies
                .findFor(person, person.organisation())
                .orElseThrow(() -> new NotFound("error.company.not-found"));
        return render(model, formOf(profile), FormErrors.none());
    }

    @PostMapping("/company")
    String update(@ModelAttribute("form") CompanyForm form, Model model, HttpServletResponse response) {
        var person = CurrentPersons.required();
        try {
            companies.update(person, person.organisation(), form);
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return render(model, form, FormErrors.of(invalid));
        } catch (Conflict conflict) {
            response.setStatus(409);
            return render(model, form, FormErrors.of(conflict));
        }
        return "redirect:/company?saved";
    }

    private String render(Model model, CompanyForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", ProfileChoices.INSTANCE);
        return "identity/company";
    }

    private static CompanyForm formOf(CompanyProfile p) {
        return new CompanyForm(
                p.legalName(),
                p.country().code(),
                p.registryCode(),
                p.sector().division(),
                p.size().name(),
                p.region() == null ? "" : p.region().code());
    }
}
