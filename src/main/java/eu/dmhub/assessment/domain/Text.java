package eu.dmhub.assessment.domain;

import eu.dmhub.shared.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in several languages; asking for a missing language gives the model's first language. */
public record Text(Map<String, String> translations, String fallback) {

    public Text {
        translations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(translations));
    }

    public String in(Language language) {
        return in(language.code());
    }

    public String in(String languageCode) {
        String text = translations.get(languageCode);
        return text != null ? text : translations.getOrDefault(fallback, "");
    }
}
