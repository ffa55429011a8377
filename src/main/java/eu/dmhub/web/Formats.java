package eu.dmhub.web;

import eu.dmhub.shared.LocalFormats;
import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates in the reader's language (numbers: Thymeleaf's {@code #numbers} follow the locale already), for templates: {@code ${@formats.date(instant)}}. */
@Component("formats")
public class Formats {

    public String date(Instant instant) {
        return instant == null
                ? ""
                : LocalFormats.date(LocaleContextHolder.getLocale()).format(instant);
    }
}
