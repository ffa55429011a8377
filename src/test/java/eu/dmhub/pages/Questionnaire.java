package eu.dmhub.pages;

import eu.dmhub.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The questionnaire as a person sees it, one dimension per page: the walker every browser test
 * uses to answer, move on and submit.
 */
public final class Questionnaire {

    /** Which answer to give in every question of a dimension. */
    public enum Answer {
        /** The first option of every choice and of each row, the first ordinary item of a checklist. */
        FIRST,
        /** The third option of each row (or its last, when it has fewer), else as {@link #FIRST}. */
        MIDDLE,
        /** The last (highest) option of every choice and row, every ordinary item of a checklist. */
        BEST
    }

    /**
     * The controls that give {@code arguments[0]} in every question on screen, found in one call
     * (matrix rows first, then checklists without their exclusive "none" item, then choices).
     */
    private static final String CHOICES = """
            const answer = arguments[0];
            const chosen = [];
            const pick = inputs => inputs[answer === 'FIRST' ? 0
                : answer === 'BEST' ? inputs.length - 1 : Math.min(2, inputs.length - 1)];
            for (const question of document.querySelectorAll('fieldset.question')) {
              const rows = question.querySelectorAll('table.matrix tbody tr');
              const boxes = question.querySelectorAll('input[type=checkbox]:not([data-exclusive])');
              if (rows.length) {
                rows.forEach(row => chosen.push(pick(row.querySelectorAll('input'))));
              } else if (boxes.length) {
                chosen.push(...(answer === 'BEST' ? boxes : [boxes[0]]));
              } else {
                const radios = question.querySelectorAll('input[type=radio]');
                chosen.push(answer === 'BEST' ? radios[radios.length - 1] : radios[0]);
              }
            }
            return chosen;
            """;

    private final ChromeDriver browser;

    public Questionnaire(ChromeDriver browser) {
        this.browser = browser;
    }

    /** The controls to choose for {@code answer} in every question on screen, in page order. */
    @SuppressWarnings("unchecked")
    public List<WebElement> choices(Answer answer) {
        return (List<WebElement>) browser.executeScript(CHOICES, answer.name());
    }

    /** Gives {@code answer} in every question on screen (leaving what is chosen already chosen). */
    public Questionnaire answer(Answer answer) {
        for (WebElement control : choices(answer)) {
            if (!control.isSelected()) {
                control.click();
            }
        }
        return this;
    }

    /** "Step 3 of 6", as the page says it. */
    public String progress() {
        return browser.findElement(By.cssSelector(".progress-text")).getText();
    }

    /** The next dimension, or the review after the last one. */
    public Questionnaire next() {
        boolean last = Boolean.TRUE.equals(
                browser.executeScript("return !document.querySelector('button[name=go][value=next]');"));
        return go(last ? "review" : "next");
    }

    /** Saves and goes back to the list of assessments. */
    public void leave() {
        go("leave");
    }

    /** Gives {@code answer} in every dimension from the one on screen to the last, and opens the review. */
    public Questionnaire answerTheRest(Answer answer) {
        while (onDimension()) {
            answer(answer).next();
        }
        return this;
    }

    /** Submits from the review page: the browser shows the result (or the review, with errors). */
    public void submit() {
        Browser.clickAndWaitForNewPage(
                browser, browser.findElement(By.cssSelector("main form[action$='/submit'] button[type=submit]")));
    }

    /** Whether a dimension of the questionnaire is on screen (rather than the review). */
    public boolean onDimension() {
        return browser.getCurrentUrl().contains("/dimensions/");
    }

    private Questionnaire go(String where) {
        Browser.clickAndWaitForNewPage(
                browser, browser.findElement(By.cssSelector("button[name=go][value=" + where + "]")));
        return this;
    }
}
