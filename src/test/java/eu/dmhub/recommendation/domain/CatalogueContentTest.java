package eu.dmhub.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The toolbox is shown to companies of every country of the region, so each country has real offers
 * of its own: hubs, trainings, tools and programmes that name their provider, link to the offer and
 * say where and when their facts were checked.
 */
class CatalogueContentTest {

    static final int REAL_OFFERS_PER_COUNTRY = 15;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO"})
    void everyCountryOfTheRegionHasRealOffersOfItsOwn(String country) throws Exception {
        List<CatalogueEntry> entries = CatalogueParserTest.shippedCatalogue(CatalogueParserTest.vocabulary());

        assertThat(entries)
                .as("real offers for companies in %s", country)
                .filteredOn(e -> e.realOffer()
                        && e.link() != null
                        && e.source() != null
                        && e.checked() != null
                        && !e.languages().isEmpty()
                        && e.countries().contains(country))
                .extracting(CatalogueEntry::id)
                .hasSizeGreaterThanOrEqualTo(REAL_OFFERS_PER_COUNTRY);
    }
}
