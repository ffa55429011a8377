package eu.dmhub.benchmark.domain;

import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.util.List;

/**
 * A group of companies to compare with. From narrow to wide: same country, NACE section and size
 * class; same country and section; same country; the whole region.
 */
public record PeerGroup(Scope scope, CountryCode country, String section, SizeClass size) {

    public enum Scope {
        COUNTRY_SECTOR_SIZE,
        COUNTRY_SECTOR,
        COUNTRY,
        REGION
    }

    /** The groups a company belongs to, narrowest first: the order in which a group is widened. */
    public static List<PeerGroup> of(CountryCode country, String section, SizeClass size) {
        return List.of(
                new PeerGroup(Scope.COUNTRY_SECTOR_SIZE, country, section, size),
                new PeerGroup(Scope.COUNTRY_SECTOR, country, section, null),
                new PeerGroup(Scope.COUNTRY, country, null, null),
                new PeerGroup(Scope.REGION, null, null, null));
    }

    /** A stable key for storage, e.g. {@code EE/C/SMALL}, {@code EE/C}, {@code EE}, {@code *}. */
    public String key() {
        return switch (scope) {
            case COUNTRY_SECTOR_SIZE -> country.code() + "/" + section + "/" + size.name();
            case COUNTRY_SECTOR -> country.code() + "/" + section;
            case COUNTRY -> country.code();
            case REGION -> "*";
        };
    }
}
