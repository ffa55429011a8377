package eu.dmhub.identity.domain;

import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.NutsRegion;
import eu.dmhub.shared.SizeClass;
import java.util.ArrayList;
import java.util.List;

/** A company's profile after every rule has passed. */
public record CompanyDetails(
        String legalName,
        CountryCode country,
        RegistryCode registryCode,
        NaceSector sector,
        SizeClass size,
        NutsRegion region) {

    private static final int MAX_NAME = 200;

    public CompanyDetails {
        if (!registryCode.country().equals(country)) {
            throw new IllegalArgumentException("A registry code of " + registryCode.country() + " for " + country);
        }
    }

    /**
     * Checks what a person typed; all problems at once, each under {@code prefix + field}, so a
     * form can show every one of them next to its field.
     */
    public static CompanyDetails of(
            String prefix,
            String legalName,
            String country,
            String registryCode,
            String naceDivision,
            String sizeClass,
            String region) {
        var problems = new ArrayList<Problem>();
        String name = trimmed(legalName);
        if (name.isEmpty()) {
            problems.add(Problem.of(prefix + "legalName", "error.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.of(prefix + "legalName", "error.too-long", MAX_NAME));
        }
        CountryCode countryCode = CountryCode.parse(country);
        if (trimmed(country).isEmpty()) {
            problems.add(Problem.of(prefix + "country", "error.required"));
        } else if (countryCode == null) {
            problems.add(Problem.of(prefix + "country", "error.country.unknown"));
        }
        RegistryCode registry = null;
        if (trimmed(registryCode).isEmpty()) {
            problems.add(Problem.of(prefix + "registryCode", "error.required"));
        } else if (countryCode != null) {
            RegistryCode.Verdict verdict = RegistryCode.check(countryCode, registryCode);
            if (verdict instanceof RegistryCode.Accepted accepted) {
                registry = accepted.code();
            } else if (verdict instanceof RegistryCode.Refused refused) {
                problems.add(new Problem(prefix + "registryCode", refused.messageKey(), List.of(refused.arguments())));
            }
        }
        NaceSector sector = NaceSector.ofDivision(naceDivision);
        if (trimmed(naceDivision).isEmpty()) {
            problems.add(Problem.of(prefix + "naceDivision", "error.required"));
        } else if (sector == null) {
            problems.add(Problem.of(prefix + "naceDivision", "error.nace.unknown"));
        }
        SizeClass size = SizeClass.parse(sizeClass);
        if (trimmed(sizeClass).isEmpty()) {
            problems.add(Problem.of(prefix + "sizeClass", "error.required"));
        } else if (size == null) {
            problems.add(Problem.of(prefix + "sizeClass", "error.size-class.unknown"));
        }
        NutsRegion nuts = null;
        if (!trimmed(region).isEmpty()) {
            nuts = NutsRegion.parse(region);
            if (nuts == null) {
                problems.add(Problem.of(prefix + "region", "error.region.format"));
            } else if (countryCode != null && !nuts.belongsTo(countryCode)) {
                problems.add(Problem.of(prefix + "region", "error.region.other-country"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new CompanyDetails(name, countryCode, registry, sector, size, nuts);
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
