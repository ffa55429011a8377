package eu.dmhub.insights.domain;

import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.util.Map;
import java.util.UUID;

/**
 * One company's latest submitted assessment of one model, under the company's current profile:
 * what the insights count. {@code region} may be {@code null}; {@code scores} hold {@code overall}
 * and each dimension.
 */
public record Fact(
        long id,
        UUID company,
        String model,
        Quarter quarter,
        CountryCode country,
        String region,
        String section,
        SizeClass size,
        Map<String, Double> scores) {

    public static final String OVERALL = "overall";
}
