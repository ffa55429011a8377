package eu.dmhub.identity;

import eu.dmhub.shared.CompanyId;
import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.NutsRegion;
import eu.dmhub.shared.SizeClass;

/** One company's profile as other modules see it; {@code region} may be {@code null}. */
public record CompanyProfile(
        CompanyId id,
        String legalName,
        CountryCode country,
        String registryCode,
        NaceSector sector,
        SizeClass size,
        NutsRegion region) {}
