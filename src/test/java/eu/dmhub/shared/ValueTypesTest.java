package eu.dmhub.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

    @Test
    void regionCountriesComeFirstAndAnyIsoCountryIsAllowed() {
        assertThat(CountryCode.REGION)
                .extracting(CountryCode::code)
                .containsExactly("EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO");
        assertThat(CountryCode.parse(" ee ")).isEqualTo(new CountryCode("EE"));
        assertThat(CountryCode.parse("JP")).isNotNull();
        assertThat(CountryCode.parse("XX")).isNull();
        assertThat(new CountryCode("EE").displayName(Locale.forLanguageTag("et")))
                .isEqualTo("Eesti");
        assertThatThrownBy(() -> new CountryCode("EST")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void naceDivisionsBelongToTheirSections() {
        assertThat(NaceSector.ofDivision("25")).isEqualTo(new NaceSector("C", "25"));
        assertThat(NaceSector.ofDivision("62").section()).isEqualTo("J");
        assertThat(NaceSector.ofDivision("04")).isNull();
        assertThat(NaceSector.all()).hasSize(88);
        assertThat(NaceSector.sections()).hasSize(21);
        assertThatThrownBy(() -> new NaceSector("A", "25")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizeClassesFollowTheEuThresholds() {
        assertThat(SizeClass.ofEmployees(9)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.ofEmployees(10)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.ofEmployees(49)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.ofEmployees(50)).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.ofEmployees(250)).isEqualTo(SizeClass.LARGE);
        assertThat(SizeClass.parse("small")).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.parse("tiny")).isNull();
    }

    @Test
    void nutsRegionsMustBelongToTheCountry() {
        assertThat(NutsRegion.parse("ee008").belongsTo(new CountryCode("EE"))).isTrue();
        assertThat(NutsRegion.parse("LV006").belongsTo(new CountryCode("EE"))).isFalse();
        assertThat(NutsRegion.parse("EL30").belongsTo(new CountryCode("GR"))).isTrue();
        assertThat(NutsRegion.parse("E")).isNull();
    }

    @Test
    void aLanguageTagNamesASupportedLanguageOrNone() {
        assertThat(Language.supported("et")).contains(Language.ESTONIAN);
        assertThat(Language.supported("et-EE")).contains(Language.ESTONIAN);
        assertThat(Language.supported("EN")).contains(Language.ENGLISH);
        assertThat(Language.supported("ja")).isEmpty();
        assertThat(Language.supported("")).isEmpty();
        assertThat(Language.supported("not a tag")).isEmpty();
        assertThat(Language.supported(null)).isEmpty();
    }
}
