package eu.dmhub.web;

import eu.dmhub.shared.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of every JSON body, object keys included, is refused when it carries a control
 * character ({@link ControlCharacters}), before any controller sees it; {@link ApiProblems} turns
 * the refusal into a 400 naming the field by its path. Untyped values ({@code Object}, as in an
 * assessment's answers) read their strings through the same deserializer.
 */
final class PlainTextJson extends SimpleModule {

    /** A string with a control character; its path names the field. */
    static final class Refused extends InvalidFormatException {
        Refused(JsonParser parser) {
            super(parser, "A string contains a control character", null, String.class);
        }
    }

    PlainTextJson() {
        super("plain-text-json");
        addDeserializer(String.class, new Strings());
        addKeyDeserializer(String.class, new Keys());
    }

    private static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && ControlCharacters.in(text)) {
                throw new Refused(parser);
            }
            return text;
        }
    }

    private static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (ControlCharacters.in(key)) {
                throw new Refused(context.getParser());
            }
            return key;
        }
    }
}
