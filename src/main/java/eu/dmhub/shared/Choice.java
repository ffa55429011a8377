package eu.dmhub.shared;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** One option of a filter list on a page: the value sent and the label shown. */
public record Choice(String value, String label) {

    /** The countries of the region, named in the reader's language. */
    public static List<Choice> countries(Locale locale) {
        return CountryCode.REGION.stream()
                .map(c -> new Choice(c.code(), c.displayName(locale)))
                .toList();
    }

    /** The NACE sections as “C – Manufacturing”, with {@code sectionName} naming a section letter. */
    public static List<Choice> sectors(UnaryOperator<String> sectionName) {
        return NaceSector.sections().stream()
                .map(s -> new Choice(s, s + " – " + sectionName.apply(s)))
                .toList();
    }
}
