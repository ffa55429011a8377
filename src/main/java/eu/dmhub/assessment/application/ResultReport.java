package eu.dmhub.assessment.application;

import eu.dmhub.assessment.domain.Assessment;
import eu.dmhub.identity.Companies;
import eu.dmhub.identity.CompanyProfile;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.shared.Language;
import eu.dmhub.shared.LocalFormats;
import eu.dmhub.shared.NotFound;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The PDF report of a submitted assessment, for the board or the bank: what the result page shows —
 * scores, level, radar chart, explanations and every {@link eu.dmhub.assessment.ResultSection} — in
 * one language, with the company's name and the date it was submitted.
 */
@Service
public class ResultReport {

    /** A report ready to download. */
    public record Pdf(String fileName, byte[] content) {

        /** The response both the page and the API send: a download, never shown in the browser. */
        public ResponseEntity<byte[]> asAttachment() {
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(fileName)
                                    .build()
                                    .toString())
                    .body(content);
        }
    }

    private final AssessmentService assessments;
    private final ResultView results;
    private final ResultSections sections;
    private final Companies companies;
    private final ITemplateEngine templates;
    private final HtmlToPdf pdf;

    ResultReport(
            AssessmentService assessments,
            ResultView results,
            ResultSections sections,
            Companies companies,
            ITemplateEngine templates,
            HtmlToPdf pdf) {
        this.assessments = assessments;
        this.results = results;
        this.sections = sections;
        this.companies = companies;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** Not found for another company's assessment, a conflict for one not yet submitted. */
    public Pdf of(CurrentPerson person, UUID assessmentId, Language language) {
        Assessment assessment = assessments.result(person, assessmentId);
        CompanyProfile company = companies
                .findFor(person, assessment.company())
                .orElseThrow(() -> new NotFound("error.company.not-found"));
        // the day as the result page shows it, which formats in the server's zone too
        LocalDate submitted = LocalDate.ofInstant(assessment.submittedAt().orElseThrow(), ZoneId.systemDefault());
        var context = new Context(language.locale());
        context.setVariable("company", company.legalName());
        context.setVariable("date", LocalFormats.longDate(language.locale()).format(submitted));
        context.setVariable("result", results.of(assessment, language));
        context.setVariable("sections", sections.of(person, assessment, language));
        String html = templates.process("assessment/report", context);
        return new Pdf("digital-maturity-report-" + submitted + ".pdf", pdf.render(html, language.locale()));
    }
}
