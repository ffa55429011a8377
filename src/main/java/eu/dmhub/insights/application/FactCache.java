package eu.dmhub.insights.application;

import eu.dmhub.assessment.Questionnaires;
import eu.dmhub.insights.domain.FactTable;
import eu.dmhub.shared.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facts in memory, caught up with the database before every read (one indexed query for rows
 * with a higher seq than seen, which normally returns nothing), so reports are never stale and a
 * report over a million companies reads no rows at all.
 */
@Component
class FactCache {

    private static final Logger log = LoggerFactory.getLogger(FactCache.class);

    private final FactStore store;
    private final Questionnaires questionnaires;
    private final TransactionTemplate transactions;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object refreshing = new Object();
    private FactTable table;
    private long seen;

    FactCache(FactStore store, Questionnaires questionnaires, TransactionTemplate transactions) {
        this.store = store;
        this.questionnaires = questionnaires;
        this.transactions = transactions;
    }

    /** Reads the current facts. */
    <T> T read(Function<FactTable, T> reader) {
        refresh(false);
        lock.readLock().lock();
        try {
            return reader.apply(table);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void refresh(boolean rebuilding) {
        synchronized (refreshing) {
            if (table != null && transactions.execute(status -> store.latestSeq()) <= seen) {
                return;
            }
            lock.writeLock().lock();
            try {
                boolean loading = table == null;
                if (loading) {
                    table = new FactTable(dimensionsByModel(), scalesByModel());
                    seen = 0;
                }
                boolean[] unknownModel = {false};
                long highest = transactions.execute(status -> store.changesSince(seen, fact -> {
                    if (table.knows(fact.model())) {
                        table.put(fact);
                    } else {
                        unknownModel[0] = true;
                    }
                }));
                seen = highest;
                if (unknownModel[0] && !rebuilding) {
                    // a model uploaded after the table was built: rebuild with its dimensions
                    table = null;
                    refresh(true);
                } else if (loading) {
                    log.info("Insights: {} facts held in memory", table.facts());
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    private Map<String, Map<String, Double>> scalesByModel() {
        var scales = new LinkedHashMap<String, Map<String, Double>>();
        questionnaires
                .available(Language.ENGLISH)
                .forEach(model -> scales.put(model.id(), questionnaires.maxScores(model.id(), model.version())));
        return scales;
    }

    private Map<String, List<String>> dimensionsByModel() {
        var dimensions = new LinkedHashMap<String, List<String>>();
        questionnaires
                .available(Language.ENGLISH)
                .forEach(model -> dimensions.put(
                        model.id(),
                        List.copyOf(questionnaires
                                .dimensionTitles(model.id(), model.version(), Language.ENGLISH)
                                .keySet())));
        return dimensions;
    }
}
