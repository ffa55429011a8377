package eu.dmhub.identity.web;

import eu.dmhub.identity.domain.PrivacyNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy notice, open to everyone, in the reader's language. */
@Controller
class PrivacyPage {

    @GetMapping("/privacy")
    String notice(Model model) {
        model.addAttribute("version", PrivacyNotice.VERSION);
        return "identity/privacy";
    }
}
