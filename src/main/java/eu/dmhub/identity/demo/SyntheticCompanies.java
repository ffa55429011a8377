package eu.dmhub.identity.demo;

import eu.dmhub.identity.domain.CompanyDetails;
import eu.dmhub.identity.domain.RegistryCode;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.SizeClass;
import java.util.List;
import java.util.Random;

/** Plausible synthetic companies spread over the region's countries, sectors and sizes. */
final class SyntheticCompanies {

    private static final List<String> COUNTRIES = List.of("EE", "LV", "LT", "PL", "FI", "SE", "DK", "DE", "NO");
    private static final int[] COUNTRY_WEIGHTS = {12, 10, 12, 20, 10, 10, 8, 12, 6};
    private static final List<String> DIVISIONS = List.of(
            "01", "10", "16", "22", "25", "28", "31", "41", "43", "46", "47", "49", "52", "55", "56", "62", "63", "69",
            "71", "73", "85", "86");
    private static final String[] NAMES = {
        "Nord", "Balt", "Amber", "Viking", "Hansa", "Lake", "Pine", "Harbour", "Birch", "Coast", "River", "Forest",
        "Granite", "Linen", "Baltic", "Aurora"
    };
    private static final String[] KINDS = {
        "Works",
        "Systems",
        "Trade",
        "Foods",
        "Logistics",
        "Solutions",
        "Craft",
        "Digital",
        "Metal",
        "Timber",
        "Services",
        "Labs"
    };
    private static final String[] FORMS = {"OÜ", "SIA", "UAB", "Sp. z o.o.", "Oy", "AB", "ApS", "GmbH", "AS"};

    private SyntheticCompanies() {}

    static CompanyDetails next(Random random, int index) {
        int country = weighted(random, COUNTRY_WEIGHTS);
        String name = NAMES[random.nextInt(NAMES.length)] + " " + KINDS[random.nextInt(KINDS.length)] + " "
                + (index + 1) + " " + FORMS[country];
        double r = random.nextDouble();
        SizeClass size =
                r < 0.45 ? SizeClass.MICRO : r < 0.8 ? SizeClass.SMALL : r < 0.96 ? SizeClass.MEDIUM : SizeClass.LARGE;
        var countryCode = new CountryCode(COUNTRIES.get(country));
        return new CompanyDetails(
                name,
                countryCode,
                RegistryCode.madeUp(countryCode, index),
                NaceSector.ofDivision(DIVISIONS.get(random.nextInt(DIVISIONS.size()))),
                size,
                null);
    }

    private static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
