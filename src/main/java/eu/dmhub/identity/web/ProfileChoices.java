package eu.dmhub.identity.web;

import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.NaceSector;
import eu.dmhub.shared.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The options of the company profile's select boxes, region countries first. */
public final class ProfileChoices {

    static final ProfileChoices INSTANCE = new ProfileChoices();

    public List<CountryCode> regionCountries() {
        return CountryCode.REGION;
    }

    /** Every other country, sorted by its name in the reader's language. */
    public List<CountryCode> otherCountries(Locale locale) {
        var others = new ArrayList<>(CountryCode.all());
        others.removeAll(CountryCode.REGION);
        others.sort((a, b) -> a.displayName(locale).compareTo(b.displayName(locale)));
        return others;
    }

    public List<NaceSector> sectors() {
        return NaceSector.all();
    }

    public List<SizeClass> sizes() {
        return List.of(SizeClass.values());
    }
}
