package eu.dmhub.insights.domain;

import eu.dmhub.shared.SizeClass;

/**
 * What a dashboard shows: one model, and optionally one country, NUTS region, NACE section, size
 * class and a period of quarters (inclusive; by when each company's latest assessment was
 * submitted). {@code null} means “all”.
 */
public record InsightFilter(
        String model, String country, String region, String section, SizeClass size, Quarter from, Quarter to) {

    public static InsightFilter of(String model) {
        return new InsightFilter(model, null, null, null, null, null, null);
    }

    public InsightFilter withCountry(String value) {
        return new InsightFilter(model, value, region, section, size, from, to);
    }

    public InsightFilter withRegion(String value) {
        return new InsightFilter(model, country, value, section, size, from, to);
    }

    public InsightFilter withSection(String value) {
        return new InsightFilter(model, country, region, value, size, from, to);
    }

    public InsightFilter withSize(SizeClass value) {
        return new InsightFilter(model, country, region, section, value, from, to);
    }

    public InsightFilter withPeriod(Quarter first, Quarter last) {
        return new InsightFilter(model, country, region, section, size, first, last);
    }

    boolean inPeriod(int quarter) {
        return (from == null || quarter >= from.index()) && (to == null || quarter <= to.index());
    }
}
