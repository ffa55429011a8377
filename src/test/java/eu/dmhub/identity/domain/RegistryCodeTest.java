package eu.dmhub.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.identity.domain.RegistryCode.Accepted;
import eu.dmhub.identity.domain.RegistryCode.Reason;
import eu.dmhub.identity.domain.RegistryCode.Refused;
import eu.dmhub.identity.domain.RegistryCode.Verdict;
import eu.dmhub.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The registers' rules against real codes of well-known companies, each as the company or its
 * register publishes it (sources checked 2026-12-03), and against the typing errors they catch.
 */
class RegistryCodeTest {

    @ParameterizedTest(name = "{0} {1} ({3}) is accepted as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Bolt Technology OÜ, https://firmaotsing.ee/en/sonastik/registrikood (ariregister.rik.ee)
            EE | 12417834                        | 12417834                       | Bolt Technology OÜ
            # Eesti Energia AS: its first weights give 10, so the second round gives 9
            EE | 10421629                        | 10421629                       | Eesti Energia AS
            # AS Latvenergo, the register's example in python-stdnum and recon-cli (lv/pvn)
            LV | 40003032949                     | 40003032949                    | AS Latvenergo
            # Oracle's documented good Latvian number, https://docs.oracle.com/en/cloud/saas/financials/25c/faitx/latvia.html
            LV | 4000 3584 818                   | 40003584818                    | Oracle example
            # Telia Lietuva AB, https://www.telia.lt/eng/investors/shareholder-meetings
            LT | 121215434                       | 121215434                      | Telia Lietuva AB
            # UAB Deloitte Lietuva, on its audit reports
            LT | 111525235                       | 111525235                      | UAB Deloitte Lietuva
            # ORLEN S.A., https://raportzintegrowany2019.orlen.pl/en/wyniki-finansowe/podstawowe-informacje/
            PL | 0000028860                      | 0000028860                     | ORLEN S.A. (KRS)
            PL | 774-00-01-454                   | 7740001454                     | ORLEN S.A. (NIP)
            PL | NIP 774-00-01-454               | 7740001454                     | ORLEN S.A. (NIP with its label)
            # Nokia Oyj, YTJ (ytj.fi)
            FI | 0112038-9                       | 0112038-9                      | Nokia Oyj
            FI | 112038-9                        | 0112038-9                      | Nokia Oyj without its leading zero
            # AB Volvo, https://5dok.org/article/moderbolaget-ab-volvo-w-vo-lvo-gro-up.yev35vn0 (annual report)
            SE | 556012-5790                     | 556012-5790                    | AB Volvo
            # Volvo Personvagnar AB, https://sv.wikipedia.org/wiki/Volvo_Cars
            SE | 5560743089                      | 556074-3089                    | Volvo Personvagnar AB
            # Novo Nordisk A/S, cvr.dk
            DK | 24256790                        | 24256790                       | Novo Nordisk A/S
            # A.P. Møller - Mærsk A/S, cvr.dk
            DK | 22 75 62 14                     | 22756214                       | A.P. Møller - Mærsk A/S
            # Equinor ASA, brreg.no
            NO | 923 609 016                     | 923609016                      | Equinor ASA
            # DNB Bank ASA, brreg.no
            NO | 984851006                       | 984851006                      | DNB Bank ASA
            # Siemens AG, handelsregister.de
            DE | Amtsgericht München, HRB 6684    | Amtsgericht München, HRB 6684  | Siemens AG
            DE | HRB 12300 B (AG Berlin (Charlottenburg)) | Amtsgericht Berlin (Charlottenburg), HRB 12300 B | Siemens AG, Berlin
            # SAP SE, handelsregister.de
            DE | mannheim hrb 719915             | Amtsgericht Mannheim, HRB 719915 | SAP SE
            # outside the region: as the company writes it
            FR | 552 100 554                     | 552 100 554                    | Peugeot (SIREN)
            """)
    void acceptsRealCodesInTheRegistersNotation(String country, String typed, String notation, String company) {
        Verdict verdict = RegistryCode.check(new CountryCode(country), typed);

        assertThat(verdict).isInstanceOf(Accepted.class);
        assertThat(((Accepted) verdict).code().value()).isEqualTo(notation);
    }

    @ParameterizedTest(name = "{0} {1} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EE | 1                         | FORMAT
            EE | 1241783                   | FORMAT
            EE | 12417835                  | CHECK_DIGIT
            EE | 1241783A                  | FORMAT
            LV | 40003032948               | CHECK_DIGIT
            LV | 31129012345               | FORMAT
            LT | 121215435                 | CHECK_DIGIT
            LT | 12121543                  | FORMAT
            PL | 7740001455                | CHECK_DIGIT
            PL | 774000145                 | FORMAT
            FI | 0112038-8                 | CHECK_DIGIT
            FI | 0112038                   | FORMAT
            SE | 556012-5791               | CHECK_DIGIT
            SE | 55601257                  | FORMAT
            DK | 24256791                  | CHECK_DIGIT
            DK | 04256790                  | FORMAT
            NO | 923609017                 | CHECK_DIGIT
            NO | 92360901                  | FORMAT
            DE | HRB 6684                  | FORMAT
            DE | Amtsgericht München 6684  | FORMAT
            DE | 123456789                 | FORMAT
            FR | X                         | FORMAT
            """)
    void refusesCodesWithTheReason(String country, String typed, Reason reason) {
        Verdict verdict = RegistryCode.check(new CountryCode(country), typed);

        assertThat(verdict).isInstanceOf(Refused.class);
        assertThat(((Refused) verdict).reason()).isEqualTo(reason);
    }

    @Test
    void aRefusalNamesTheFormatOfTheCountryWithAnExample() {
        var format = (Refused) RegistryCode.check(new CountryCode("EE"), "1");
        var checkDigit = (Refused) RegistryCode.check(new CountryCode("FI"), "0112038-8");

        assertThat(format.messageKey()).isEqualTo("error.registry-code.format.EE");
        assertThat(format.inWords()).contains("8 digits").contains("12417834");
        assertThat(checkDigit.messageKey()).isEqualTo("error.registry-code.check-digit");
        assertThat(checkDigit.arguments()).containsExactly("0112038-9");
        assertThat(checkDigit.inWords()).contains("check digit");
    }

    @Test
    void aCountryOutsideTheRegionHasTheGeneralFormatMessage() {
        var refused = (Refused) RegistryCode.check(new CountryCode("FR"), "-");

        assertThat(refused.messageKey()).isEqualTo("error.registry-code.format.other");
        assertThat(refused.arguments()).isEmpty();
    }

    @Test
    void theExamplesOfEveryRegisterAreValidCodes() {
        for (BusinessRegister register : BusinessRegister.values()) {
            assertThat(RegistryCode.check(new CountryCode(register.name()), register.example()))
                    .as(register.name())
                    .isInstanceOf(Accepted.class);
        }
    }
}
