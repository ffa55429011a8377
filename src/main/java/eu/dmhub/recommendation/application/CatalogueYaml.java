package eu.dmhub.recommendation.application;

import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueWriter;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The catalogue's YAML text: read strictly (a key given twice is an error, not a silent overwrite)
 * for the files and for entries edited in the app alike, and one entry written in the files' style.
 */
final class CatalogueYaml {

    /**
     * Quotes what Jackson's own check lets through but a reader takes for a number: exponents such
     * as {@code 4E2} (the round-trip property found it), hexadecimal, sexagesimal and the like.
     */
    private static final class Quoting extends StringQuotingChecker.Default {

        private static final Pattern NUMBER_LIKE =
                Pattern.compile("[-+]?[.0-9][0-9a-fA-F_.:xXoObB+-]*|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder(
                    YAMLFactory.builder().stringQuotingChecker(new Quoting()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // a text such as "2030" must stay a text
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private CatalogueYaml() {}

    /** The parsed tree, or {@link InvalidCatalogue} naming the file, the entry and where the text breaks. */
    static Object read(String file, String entry, String text) {
        try {
            return YAML.readValue(text, Object.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null || location.getLineNr() < 1
                    ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidCatalogue(List.of(
                    new InvalidCatalogue.Problem(file, entry, "", "not valid YAML" + where + ": " + reason(e))));
        }
    }

    /** The parser's own words, without the quoted lines and pointers it adds under them. */
    private static String reason(JacksonException e) {
        return e.getOriginalMessage()
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    static String write(CatalogueEntry entry) {
        return YAML.writeValueAsString(CatalogueWriter.tree(entry));
    }
}
