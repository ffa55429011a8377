package eu.dmhub.web;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.shared.Language;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final Questionnaires models;

    HomePage(Questionnaires models) {
        this.models = models;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("models", models.available(Language.of(locale)));
        return "home";
    }
}
