package eu.dmhub.identity.application;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to join: themselves and their company.
 *
 * @param language the person's preferred language, {@code null} for English
 * @param privacyNotice the version of the privacy notice the person read and accepted (the
 *     form's check box sends it); sign-up is refused without it
 */
public record Registration(
        @Schema(example = "mari.tamm@example.com") String email,

        @Schema(
                example = "correct horse battery staple",
                description =
                        "10 to 128 characters, not easy to guess: zxcvbn's score 3 of 4 or more, with the"
                                + " person's name, e-mail address and company counting as guessable words (error.password.weak)")
        String password,

        @Schema(example = "Mari Tamm") String name,

        @Schema(
                example = "et",
                allowableValues = {"en", "et", "lv", "lt", "pl", "fi", "sv", "de", "da", "nb"},
                description = "The person's language; English when left out")
        @Nullable
        String language,

        @Schema(
                example = "2026-12-03",
                description = "The version of the privacy notice (/privacy) the person read and accepted;"
                        + " sign-up is refused without the current one")
        String privacyNotice,

        CompanyForm company) {

    /** The company profile fields as typed. */
    public record CompanyForm(
            @Schema(example = "Tartu Metall OÜ") String legalName,

            @Schema(
                    example = "EE",
                    allowableValues = {"EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO"},
                    description = "ISO 3166-1 code of a country of the region")
            String country,

            @Schema(example = "10137025", description = "The company's code in its country's business register")
            String registryCode,

            @Schema(example = "25", description = "NACE Rev. 2 division, two digits")
            String naceDivision,

            @Schema(
                    example = "SMALL",
                    allowableValues = {"MICRO", "SMALL", "MEDIUM"})
            String sizeClass,

            @Schema(example = "EE008", description = "NUTS 3 region code; optional") @Nullable
            String region) {
        public static CompanyForm empty() {
            return new CompanyForm("", "", "", "", "", "");
        }
    }
}
