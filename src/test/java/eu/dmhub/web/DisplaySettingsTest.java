package eu.dmhub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** High contrast and larger text, chosen in the footer without signing in, stay for later pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DisplaySettingsTest {

    @LocalServerPort
    int port;

    @Test
    void theChosenDisplayStaysOnLaterPagesUntilItIsChangedBack() {
        var web = new WebSession(port);
        Document before = Jsoup.parse(web.get("/toolbox").body());
        assertThat(before.selectFirst("html").classNames()).isEmpty();
        assertThat(before.select("form.display-settings input[name=back]").val())
                .isEqualTo("/toolbox");

        WebSession.Page applied = web.get("/display?contrast=on&larger=on&back=/toolbox");
        assertThat(applied.status()).isEqualTo(302);
        assertThat(applied.location()).endsWith("/toolbox");
        Document after = Jsoup.parse(web.get("/").body());
        assertThat(after.selectFirst("html").classNames()).containsExactlyInAnyOrder("high-contrast", "larger-text");
        assertThat(after.select("form.display-settings input[name=contrast]").hasAttr("checked"))
                .isTrue();

        web.get("/display?larger=on&back=/");
        assertThat(Jsoup.parse(web.get("/login").body()).selectFirst("html").classNames())
                .containsExactly("larger-text");
    }

    @Test
    void itGoesBackOnlyToAPageOfThisSite() {
        var web = new WebSession(port);
        for (String elsewhere : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", ""}) {
            String back = java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(web.get("/display?contrast=on&back=" + back).location())
                    .as(elsewhere)
                    .matches("(http://localhost:\\d+)?/");
        }
    }
}
