package eu.dmhub.benchmark.application;

import eu.dmhub.benchmark.domain.PeerGroup;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names a peer group in plain words: “Small companies in Manufacturing in Estonia, 143 companies”. */
@Component
public class GroupLabels {

    private final MessageSource messages;

    GroupLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(PeerGroup group, long companies, Locale locale) {
        String country = group.country() == null ? "" : group.country().displayName(locale);
        String sector = group.section() == null ? "" : message("nace.section." + group.section(), locale);
        String size = group.size() == null
                ? ""
                : message("benchmark.size." + group.size().key(), locale);
        String name = messages.getMessage(
                "benchmark.group." + group.scope().name().toLowerCase(Locale.ROOT),
                new Object[] {size, sector, country},
                locale);
        return messages.getMessage("benchmark.group.with-count", new Object[] {name, companies}, locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
