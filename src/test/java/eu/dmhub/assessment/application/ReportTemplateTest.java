package eu.dmhub.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.assessment.AssessmentResults;
import eu.dmhub.assessment.ResultSection;
import eu.dmhub.assessment.Scores;
import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.identity.Role;
import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.Language;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report template with Thymeleaf alone: every result section is in it, in its order, with
 * {@code report} set, so that what only a screen needs (here, a link) is left out of the PDF but
 * stays on the page.
 */
class ReportTemplateTest {

    private final SpringTemplateEngine templates = templates();

    @Test
    void everySectionIsInTheReportInItsOrderWithoutWhatOnlyAScreenNeeds() {
        var sections = new ResultSections(List.of(section("Second", 20), section("First", 10)));
        var context = new Context(Locale.ENGLISH);
        context.setVariable("company", "Tartu Metall OÜ");
        context.setVariable("date", "25 November 2026");
        context.setVariable("result", aResult());
        context.setVariable("sections", sections.of(aPerson(), aSubmittedResult(), Language.ENGLISH));

        Document report = Jsoup.parse(templates.process("assessment/report", context));
        assertThat(report.select(".test-section h2").eachText()).containsExactly("First", "Second");
        assertThat(report.select(".screen-only")).isEmpty();
        assertThat(report.select(".running-header").text()).contains("Tartu Metall OÜ", "25 November 2026");
        assertThat(report.select("table.dimension-scores th[scope=row]").eachText())
                .containsExactly("Digital readiness", "Green digitalisation", "Automation");

        Document page = Jsoup.parse(templates.process("assessment/result", Set.of("sections"), context));
        assertThat(page.select(".test-section .screen-only").eachText()).containsExactly("Open First", "Open Second");
    }

    private static ResultSection section(String title, int order) {
        return new ResultSection() {
            @Override
            public Optional<Content> render(Context page) {
                return Optional.of(
                        new Content("test/section", "part", Map.of("title", title, "link", "Open " + title)));
            }

            @Override
            public int order() {
                return order;
            }
        };
    }

    private static ResultView.Shown aResult() {
        var lines = List.of(
                new ResultView.DimensionLine(
                        "ready", "Digital readiness", 60, 100, "60 / 100", "average", "Average", "…", List.of()),
                new ResultView.DimensionLine(
                        "green", "Green digitalisation", 40, 100, "40 / 100", "basic", "Basic", "…", List.of()),
                new ResultView.DimensionLine(
                        "ai", "Automation", 20, 100, "20 / 100", "basic", "Basic", "…", List.of()));
        return new ResultView.Shown(
                "dma",
                1,
                "Digital maturity",
                40,
                100,
                "40 / 100",
                "40",
                "out of 100",
                true,
                "basic",
                "Basic",
                "…",
                lines,
                "<svg viewBox=\"0 0 1 1\"></svg>");
    }

    private static AssessmentResults.Result aSubmittedResult() {
        return new AssessmentResults.Result(
                UUID.randomUUID(),
                new CompanyId(UUID.randomUUID()),
                "dma",
                1,
                Instant.parse("2026-11-25T10:00:00Z"),
                new Scores(
                        40,
                        100,
                        List.of(
                                new Scores.DimensionScore("ready", 60, 100),
                                new Scores.DimensionScore("green", 40, 100),
                                new Scores.DimensionScore("ai", 20, 100))));
    }

    private static CurrentPerson aPerson() {
        return new CurrentPerson(
                UUID.randomUUID(),
                "owner@example.com",
                "Mari Tamm",
                new CompanyId(UUID.randomUUID()),
                Set.of(Role.SME_USER),
                Language.ENGLISH);
    }

    /** Thymeleaf as Spring Boot sets it up: templates and message bundles from the class path. */
    private static SpringTemplateEngine templates() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
