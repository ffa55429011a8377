package eu.dmhub.benchmark.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dmhub.benchmark.domain.PeerGroup;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names a peer group in plain words: “Small companies in Manufacturing in Estonia, 143 companies”. */
@Component
public class GroupLabels {

    private final MessageSource messages;

    /**
     * Labels already written: formatting a message takes a lock shared by every thread, which
     * under load costs more than the whole benchmark lookup. Labels and names apart: a label is
     * written from a name, and a cache may not be asked again while it computes an entry.
     */
    private final Cache<String, String> labels = written();

    private final Cache<String, String> names = written();

    private static Cache<String, String> written() {
        return Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofHours(1))
                .maximumSize(50_000)
                .build();
    }

    GroupLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(PeerGroup group, long companies, Locale locale) {
        return labels.get(group.key() + "|" + companies + "|" + locale, key -> write(group, companies, locale));
    }

    /** The group's name without its size: “Small companies in Manufacturing in Latvia”. */
    public String name(PeerGroup group, Locale locale) {
        return names.get(group.key() + "|" + locale, key -> writeName(group, locale));
    }

    private String write(PeerGroup group, long companies, Locale locale) {
        return messages.getMessage("benchmark.group.with-count", new Object[] {name(group, locale), companies}, locale);
    }

    private String writeName(PeerGroup group, Locale locale) {
        String country = group.country() == null ? "" : group.country().displayName(locale);
        String sector = group.section() == null ? "" : message("nace.section." + group.section(), locale);
        String size = group.size() == null
                ? ""
                : message("benchmark.size." + group.size().key(), locale);
        return messages.getMessage(
                "benchmark.group." + group.scope().name().toLowerCase(Locale.ROOT),
                new Object[] {size, sector, country},
                locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
