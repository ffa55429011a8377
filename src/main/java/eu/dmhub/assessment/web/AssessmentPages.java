package eu.dmhub.assessment.web;

import eu.dmhub.assessment.application.AssessmentService;
import eu.dmhub.assessment.application.AssessmentStore;
import eu.dmhub.assessment.application.ModelCatalog;
import eu.dmhub.assessment.application.ResultReport;
import eu.dmhub.assessment.application.ResultSections;
import eu.dmhub.assessment.application.ResultView;
import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.assessment.domain.Dimension;
import eu.dmhub.assessment.domain.Question;
import eu.dmhub.assessment.domain.QuestionnaireModel;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.CurrentPersons;
import eu.dmhub.shared.FormErrors;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The self-assessment pages: one dimension per page, answers saved on every submit (and, with
 * JavaScript, on every change), resume at the first unanswered question, review, submit, result.
 */
@Controller
@RequestMapping("/assessments")
class AssessmentPages {

    private final AssessmentService assessments;
    private final ModelCatalog models;
    private final ResultView results;
    private final ResultSections sections;
    private final ResultReport reports;

    AssessmentPages(
            AssessmentService assessments,
            ModelCatalog models,
            ResultView results,
            ResultSections sections,
            ResultReport reports) {
        this.assessments = assessments;
        this.models = models;
        this.results = results;
        this.sections = sections;
        this.reports = reports;
    }

    @GetMapping
    String list(Model model) {
        CurrentPerson person = CurrentPersons.required();
        model.addAttribute("assessments", assessments.list(person, person.organisation()));
        model.addAttribute("models", models.latestVersions());
        model.addAttribute("titles", new ModelTitles(models));
        return "assessment/list";
    }

    @PostMapping
    String start(@RequestParam(name = "model", required = false) String modelId) {
        CurrentPerson person = CurrentPersons.required();
        var start = assessments.start(person, person.organisation(), modelId);
        // one open assessment per model: starting again continues it where it was left
        return start.started()
                ? "redirect:/assessments/" + start.assessment().id() + "/dimensions/1"
                : "redirect:/assessments/" + start.assessment().id();
    }

    /** Resumes where the company left off: the first dimension with an unanswered question. */
    @GetMapping("/{id}")
    String resume(@PathVariable String id) {
        Assessment assessment = assessments.get(CurrentPersons.required(), uuid(id));
        if (assessment.status() == Assessment.Status.SUBMITTED) {
            return "redirect:/assessments/" + id + "/result";
        }
        List<Question> unanswered = assessment.unanswered();
        if (unanswered.isEmpty()) {
            return "redirect:/assessments/" + id + "/review";
        }
        QuestionnaireModel model = assessment.model();
        int index = model.dimensions().indexOf(model.dimensionOf(unanswered.get(0)));
        return "redirect:/assessments/" + id + "/dimensions/" + (index + 1) + "#answers-"
                + unanswered.get(0).id();
    }

    @GetMapping("/{id}/dimensions/{number}")
    String dimension(@PathVariable String id, @PathVariable int number, Model model, Locale locale) {
        Assessment assessment = assessments.get(CurrentPersons.required(), uuid(id));
        if (assessment.status() == Assessment.Status.SUBMITTED) {
            return "redirect:/assessments/" + id + "/result";
        }
        return dimensionPage(model, assessment, number, FormErrors.none(), locale);
    }

    @PostMapping("/{id}/dimensions/{number}")
    String save(
            @PathVariable String id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CurrentPerson person = CurrentPersons.required();
        String go = form.getFirst("go");
        boolean movingOn = !"leave".equals(go);
        Assessment assessment;
        try {
            assessment = assessments.answer(person, uuid(id), before -> {
                var answered = before.answers().keySet();
                return FormAnswers.read(
                        dimension(before, number), form, question -> movingOn || answered.contains(question));
            });
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return dimensionPage(model, assessments.get(person, uuid(id)), number, FormErrors.of(invalid), locale);
        }
        int count = assessment.model().dimensions().size();
        if ("previous".equals(go) && number > 1) {
            return "redirect:/assessments/" + id + "/dimensions/" + (number - 1);
        }
        if ("leave".equals(go)) {
            return "redirect:/assessments?saved";
        }
        if (number < count && !"review".equals(go)) {
            return "redirect:/assessments/" + id + "/dimensions/" + (number + 1);
        }
        return "redirect:/assessments/" + id + "/review";
    }

    /** The htmx call made as each answer changes; answers with a small status fragment. */
    @PostMapping("/{id}/dimensions/{number}/autosave")
    String autosave(
            @PathVariable String id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        CurrentPerson person = CurrentPersons.required();
        try {
            assessments.answer(
                    person,
                    uuid(id),
                    before -> FormAnswers.read(
                            dimension(before, number), form, before.answers().keySet()::contains));
            model.addAttribute("saved", true);
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            model.addAttribute("saved", false);
        }
        return "assessment/dimension :: save-status";
    }

    /**
     * Retakes a submitted assessment and goes to the review page of the assessment it leads to,
     * where the carried-over answers count as answered and every dimension can be opened to change
     * them; the page says whether the answers were just copied or an open assessment was found.
     */
    @PostMapping("/{id}/retake")
    String retake(@PathVariable String id) {
        var retake = assessments.retake(CurrentPersons.required(), uuid(id));
        return "redirect:/assessments/" + retake.assessment().id() + "/review?"
                + (retake.started() ? "retaken" : "open");
    }

    @GetMapping("/{id}/review")
    String review(@PathVariable String id, Model model, Locale locale) {
        Assessment assessment = assessments.get(CurrentPersons.required(), uuid(id));
        if (assessment.status() == Assessment.Status.SUBMITTED) {
            return "redirect:/assessments/" + id + "/result";
        }
        return reviewPage(model, assessment, FormErrors.none(), locale);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable String id, Model model, Locale locale, HttpServletResponse response) {
        CurrentPerson person = CurrentPersons.required();
        try {
            assessments.submit(person, uuid(id));
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            return reviewPage(model, assessments.get(person, uuid(id)), FormErrors.of(invalid), locale);
        }
        return "redirect:/assessments/" + id + "/result";
    }

    @GetMapping("/{id}/result")
    String result(@PathVariable String id, Model model, Locale locale) {
        CurrentPerson person = CurrentPersons.required();
        Assessment assessment = assessments.result(person, uuid(id));
        model.addAttribute("assessment", assessment);
        model.addAttribute("result", results.of(assessment, Language.of(locale)));
        model.addAttribute("sections", sections.of(person, assessment, Language.of(locale)));
        return "assessment/result";
    }

    /** The result as a PDF in the page's language, downloaded rather than shown. */
    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable String id, Locale locale) {
        return reports.of(CurrentPersons.required(), uuid(id), Language.of(locale))
                .asAttachment();
    }

    private String dimensionPage(Model model, Assessment assessment, int number, FormErrors errors, Locale locale) {
        Dimension dimension = dimension(assessment, number);
        model.addAttribute("assessment", assessment);
        model.addAttribute("dimension", dimension);
        model.addAttribute("number", number);
        model.addAttribute("count", assessment.model().dimensions().size());
        model.addAttribute("state", new FormAnswers.State(assessment.answers()));
        model.addAttribute("lang", Language.of(locale).code());
        model.addAttribute("errors", errors);
        model.addAttribute("unanswered", assessment.unanswered());
        return "assessment/dimension";
    }

    private String reviewPage(Model model, Assessment assessment, FormErrors errors, Locale locale) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("unanswered", assessment.unanswered());
        model.addAttribute("lang", Language.of(locale).code());
        model.addAttribute("errors", errors);
        return "assessment/review";
    }

    private static Dimension dimension(Assessment assessment, int number) {
        List<Dimension> dimensions = assessment.model().dimensions();
        if (number < 1 || number > dimensions.size()) {
            throw new NotFound("error.dimension.not-found");
        }
        return dimensions.get(number - 1);
    }

    static UUID uuid(String id) {
        return NotFound.unlessUuid(id, "error.assessment.not-found");
    }

    /** Looks up model titles for the list page, and writes each score with its model's scale. */
    record ModelTitles(ModelCatalog models) {
        public String of(String id, int version, String lang) {
            return models.get(id, version).title().in(lang);
        }

        public String score(AssessmentStore.Summary summary, Locale locale) {
            return models.withScale(
                    summary.model(),
                    summary.modelVersion(),
                    summary.overall(),
                    summary.maxScore(),
                    Language.of(locale));
        }
    }
}
