package eu.dmhub.recommendation.application;

import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueWriter;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
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

    /**
     * Text that is not YAML: the file's problem in the parser's words (for authors of the files),
     * and {@link #syntax} for the words an administrator reads.
     */
    static final class Broken extends InvalidCatalogue {

        private final Syntax syntax;

        Broken(InvalidCatalogue.Problem problem, Syntax syntax) {
            super(List.of(problem));
            this.syntax = syntax;
        }

        Syntax syntax() {
            return syntax;
        }
    }

    /**
     * Where YAML text breaks and why, in a few kinds an administrator can act on; {@code line} and
     * {@code column} count from 1 and {@code opened} is where the unclosed part begins, when it is
     * one ({@code key}: the key given twice). {@code field} is the key the broken part belongs to,
     * with the keys above it ({@code title.en}), or empty where no key leads to it.
     */
    record Syntax(Reason reason, int line, int column, int openedLine, int openedColumn, String key, String field) {}

    /** Why YAML text breaks, each with the message that says so. */
    enum Reason {
        UNCLOSED_LIST("error.catalogue.yaml.unclosed-list"),
        UNCLOSED_MAPPING("error.catalogue.yaml.unclosed-mapping"),
        UNCLOSED_QUOTE("error.catalogue.yaml.unclosed-quote"),
        UNEXPECTED_COLON("error.catalogue.yaml.unexpected-colon"),
        TAB("error.catalogue.yaml.tab"),
        INDENTATION("error.catalogue.yaml.indentation"),
        DUPLICATE_KEY("error.catalogue.yaml.duplicate-key"),
        OTHER("error.catalogue.yaml.other");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    /** A line that gives a key: its indentation, the key and what follows the colon (if anything). */
    private static final Pattern KEY_LINE =
            Pattern.compile("([ \\t]*)(?:-[ \\t]+)?([A-Za-z0-9_][A-Za-z0-9_.-]*)[ \\t]*:(?:[ \\t]+(.*))?");

    /** The parsed tree, or {@link Broken} naming the file, the entry and where the text breaks. */
    static Object read(String file, String entry, String text) {
        try {
            return YAML.readValue(text, Object.class);
        } catch (JacksonException e) {
            Syntax syntax = syntax(e, text);
            String where = syntax.line() < 1 ? "" : " at line " + syntax.line() + ", column " + syntax.column();
            throw new Broken(
                    new InvalidCatalogue.Problem(file, entry, "", "not valid YAML" + where + ": " + reason(e)), syntax);
        }
    }

    /** SnakeYAML's context and problem, which name what it was reading, sorted into {@link Reason}s. */
    private static Syntax syntax(JacksonException e, String text) {
        var location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String field = fieldAt(text, line);
            String parent = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) : "";
            return new Syntax(Reason.DUPLICATE_KEY, line, column, 0, 0, duplicate.group(1), parent);
        }
        if (!(e.getCause() instanceof MarkedYamlEngineException marked)) {
            return new Syntax(Reason.OTHER, line, column, 0, 0, "", fieldAt(text, line));
        }
        Reason reason = reason(String.valueOf(marked.getContext()), String.valueOf(marked.getProblem()));
        Optional<Mark> at = marked.getProblemMark();
        Optional<Mark> opened = marked.getContextMark();
        int problemLine = at.map(m -> m.getLine() + 1).orElse(line);
        int openedLine = opened.map(m -> m.getLine() + 1).orElse(0);
        return new Syntax(
                reason,
                problemLine,
                at.map(m -> m.getColumn() + 1).orElse(column),
                openedLine,
                opened.map(m -> m.getColumn() + 1).orElse(0),
                "",
                fieldAt(text, openedLine > 0 ? openedLine : problemLine));
    }

    /**
     * The keys that lead to a line (counted from 1), outermost first and joined by dots: the key on
     * the line or the nearest one above it, then each less indented key above whose value is the
     * block below it. Empty where no key comes before the line.
     */
    static String fieldAt(String text, int line) {
        List<String> lines = text.lines().toList();
        var path = new ArrayDeque<String>();
        int indent = Integer.MAX_VALUE;
        for (int i = Math.min(line, lines.size()) - 1; i >= 0 && indent > 0; i--) {
            Matcher key = KEY_LINE.matcher(lines.get(i));
            if (!key.matches()) {
                continue;
            }
            int at = key.group(1).length();
            String value = key.group(3) == null ? "" : key.group(3).strip();
            if (path.isEmpty() || (at < indent && (value.isEmpty() || value.startsWith("#")))) {
                path.push(key.group(2));
                indent = at;
            } else if (at < indent) {
                break;
            }
        }
        return String.join(".", path);
    }

    private static Reason reason(String context, String problem) {
        if (context.contains("flow sequence")) {
            return Reason.UNCLOSED_LIST;
        }
        if (context.contains("flow mapping")) {
            return Reason.UNCLOSED_MAPPING;
        }
        if (context.contains("quoted scalar")) {
            return Reason.UNCLOSED_QUOTE;
        }
        if (problem.contains("mapping values are not allowed")) {
            return Reason.UNEXPECTED_COLON;
        }
        if (problem.contains("(TAB)")) {
            return Reason.TAB;
        }
        return context.contains("block") ? Reason.INDENTATION : Reason.OTHER;
    }

    /** The parser's own words, without the quoted lines and pointers it adds under them. */
    private static String reason(JacksonException e) {
        return e.getOriginalMessage()
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
    }

    static String write(CatalogueEntry entry) {
        return write(CatalogueWriter.tree(entry));
    }

    /** A tree of maps, lists and scalars (an entry as a form gives it) in the files' style. */
    static String write(Map<String, Object> tree) {
        return YAML.writeValueAsString(tree);
    }
}
