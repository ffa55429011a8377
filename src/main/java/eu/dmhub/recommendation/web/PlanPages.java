package eu.dmhub.recommendation.web;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.recommendation.application.ActionPlans;
import eu.dmhub.recommendation.domain.PlanItem;
import eu.dmhub.shared.Choice;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The action plan: the list, adding a recommendation, and one page per item to change it. */
@Controller
class PlanPages {

    /** The edit form as typed, so that a rejected form comes back as it was sent. */
    record Form(String owner, String targetDate, String status, String notes) {
        static Form of(PlanItem item) {
            return new Form(
                    item.owner(),
                    item.targetDate() == null ? "" : item.targetDate().toString(),
                    item.status().key(),
                    item.notes());
        }
    }

    private final ActionPlans plans;
    private final PlanRows rows;
    private final EntryWords words;

    PlanPages(ActionPlans plans, PlanRows rows, EntryWords words) {
        this.plans = plans;
        this.rows = rows;
        this.words = words;
    }

    @GetMapping("/plan")
    String plan(Model model, Locale locale) {
        model.addAttribute("rows", rows.of(plans.of(CurrentPersons.required()), locale));
        return "recommendation/plan";
    }

    @PostMapping("/plan/items")
    String add(
            @RequestParam(name = "entry", required = false) String entry,
            @RequestParam(name = "assessment", required = false) String assessment) {
        PlanItem item = plans.add(CurrentPersons.required(), entry, assessment);
        return "redirect:/assessments/" + item.assessmentId() + "/result?planned=" + item.entryId()
                + "#recommendations";
    }

    @GetMapping("/plan/items/{id}")
    String item(@PathVariable String id, Model model, Locale locale) {
        PlanItem item = find(CurrentPersons.required(), id);
        return itemPage(model, item, Form.of(item), FormErrors.none(), locale);
    }

    @PostMapping("/plan/items/{id}")
    String change(
            @PathVariable String id,
            @RequestParam(name = "owner", required = false) String owner,
            @RequestParam(name = "targetDate", required = false) String targetDate,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "notes", required = false) String notes,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CurrentPerson person = CurrentPersons.required();
        PlanItem item = find(person, id);
        var form = new Form(owner, targetDate, status, notes);
        try {
            plans.change(person, item.id(), new PlanItem.Change(owner, targetDate, status, notes));
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return itemPage(model, item, form, FormErrors.of(invalid), locale);
        }
        return "redirect:/plan?saved=" + item.id() + "#item-" + item.id();
    }

    private PlanItem find(CurrentPerson person, String id) {
        return plans.item(person, NotFound.unlessUuid(id, "error.plan.not-found"));
    }

    private String itemPage(Model model, PlanItem item, Form form, FormErrors errors, Locale locale) {
        model.addAttribute("row", rows.of(java.util.List.of(item), locale).get(0));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "statuses",
                Arrays.stream(PlanItem.Status.values())
                        .map(s -> new Choice(s.key(), words.message("plan.status." + s.key(), locale)))
                        .toList());
        return "recommendation/plan-item";
    }
}
