package eu.dmhub.recommendation.application;

import eu.dmhub.identity.CurrentPerson;
import eu.dmhub.recommendation.application.CatalogueStore.Revision;
import eu.dmhub.recommendation.domain.CatalogueEntry;
import eu.dmhub.recommendation.domain.CatalogueParser;
import eu.dmhub.recommendation.domain.InvalidCatalogue;
import eu.dmhub.shared.Conflict;
import eu.dmhub.shared.InvalidInput;
import eu.dmhub.shared.InvalidInput.Problem;
import eu.dmhub.shared.NotFound;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrators change catalogue entries and add new ones in the app. An entry is submitted as
 * the YAML of one entry of a catalogue file and checked by the same parser against the same
 * vocabulary; every save is kept as a new revision. Entries are never deleted, since plans refer
 * to them by id; a withdrawn entry leaves the toolbox and new recommendations.
 */
@Service
public class CatalogueEditing {

    /** Longer than any entry of the catalogue's format, even with every language filled in. */
    static final int MAX_YAML_CHARACTERS = 65_536;

    /** Where an entry in effect comes from. */
    public enum Source {
        /** as in the files */
        SHIPPED,
        /** a file's entry changed in the app */
        EDITED,
        /** added in the app */
        ADDED
    }

    /** An entry in effect, where it comes from and its latest revision saved in the app (or null). */
    public record Listed(CatalogueEntry entry, Source source, Revision revision) {
        public boolean withdrawn() {
            return revision != null && revision.withdrawn();
        }

        /** The revision an edit starts from: 0 for an entry as in the files. */
        public int number() {
            return revision == null ? 0 : revision.number();
        }
    }

    /** A save: the entry as saved, its revision number and whether the entry is new. */
    public record Saved(CatalogueEntry entry, int revision, boolean created) {}

    private final Catalogue catalogue;
    private final CatalogueStore store;
    private final TransactionTemplate transactions;

    CatalogueEditing(Catalogue catalogue, CatalogueStore store, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Every entry, withdrawn ones too, in id order. */
    public List<Listed> list() {
        Catalogue.View view = catalogue.current();
        return view.byId().keySet().stream()
                .sorted()
                .map(id -> listed(view, id))
                .toList();
    }

    public Listed listed(String id) {
        Catalogue.View view = catalogue.current();
        if (!view.byId().containsKey(id)) {
            throw new NotFound("error.toolbox.not-found");
        }
        return listed(view, id);
    }

    /** The text to edit: the latest revision as its author wrote it, or the files' entry written out. */
    public String yaml(String id) {
        Listed listed = listed(id);
        return listed.revision() != null ? listed.revision().yaml() : CatalogueYaml.write(listed.entry());
    }

    /** The keys of an entry with empty values, to fill in for a new one. */
    public String blank() {
        var languages = new StringBuilder();
        catalogue
                .vocabulary()
                .languages()
                .forEach(l -> languages.append("  ").append(l).append(":\n"));
        return "id:\ntype:\ntitle:\n" + languages + "description:\n" + languages
                + "dimensions: []\nmaturity:\n  from:\n  to:\neffort-days:\ncost:\nprovider:\n";
    }

    /** What an entry may refer to, for the form's help. */
    public CatalogueParser.Vocabulary vocabulary() {
        return catalogue.vocabulary();
    }

    /** An entry's revisions saved in the app, newest first. */
    public List<Revision> history(String id) {
        return store.history(id);
    }

    /**
     * Saves a new revision of the entry with this id, adding the entry when the id is unused. The
     * text must be that entry (same id). {@code withdrawn} left out keeps the entry's state;
     * {@code basedOn}, when given, is the revision the editor started from: a save made by someone
     * else since then is a conflict, not silently overwritten.
     */
    public Saved save(String id, String yaml, Boolean withdrawn, Integer basedOn, CurrentPerson editor) {
        CatalogueEntry entry = check(id, yaml, false);
        return committed(() -> {
            store.lock(id);
            Optional<Revision> latest = store.latest(id);
            int number = latest.map(Revision::number).orElse(0);
            if (basedOn != null && basedOn != number) {
                throw new Conflict("basedOn", "error.catalogue.edited-meanwhile");
            }
            boolean stillWithdrawn = withdrawn != null
                    ? withdrawn
                    : latest.map(Revision::withdrawn).orElse(false);
            insert(entry, number + 1, yaml, stillWithdrawn, editor);
            return new Saved(
                    entry, number + 1, number == 0 && catalogue.shipped(id).isEmpty());
        });
    }

    /**
     * {@link #save(String, String, Boolean, Integer, CurrentPerson)} for an entry given as the tree
     * of a file's entry (maps, lists, texts, numbers), as a form gives it; kept in the files' style.
     */
    public Saved save(String id, Map<String, Object> entry, Boolean withdrawn, Integer basedOn, CurrentPerson editor) {
        return save(id, CatalogueYaml.write(entry), withdrawn, basedOn, editor);
    }

    /** {@link #add(String, CurrentPerson)} for an entry given as a tree, as a form gives it. */
    public Saved add(Map<String, Object> entry, CurrentPerson editor) {
        return add(CatalogueYaml.write(entry), editor);
    }

    /** Adds an entry under an id that no entry has used. */
    public Saved add(String yaml, CurrentPerson editor) {
        CatalogueEntry entry = check("", yaml, true);
        return committed(() -> {
            store.lock(entry.id());
            if (store.latest(entry.id()).isPresent()) {
                throw new InvalidInput(List.of(idTaken(entry.id())));
            }
            insert(entry, 1, yaml, false, editor);
            return new Saved(entry, 1, true);
        });
    }

    /** Runs a save in a transaction of its own and, once it has committed, shows it on this instance. */
    private Saved committed(Supplier<Saved> save) {
        Saved saved = transactions.execute(status -> save.get());
        catalogue.changed();
        return saved;
    }

    private void insert(CatalogueEntry entry, int number, String yaml, boolean withdrawn, CurrentPerson editor) {
        store.insert(new Revision(
                entry.id(),
                number,
                yaml,
                withdrawn,
                editor.id(),
                editor.displayName(),
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
    }

    /**
     * The entry, or every problem at once: those of the files' rules, an id other than the edited
     * one ({@code label}), or, for a new entry, an id already in use.
     */
    private CatalogueEntry check(String label, String yaml, boolean adding) {
        if (yaml.length() > MAX_YAML_CHARACTERS) {
            throw InvalidInput.of("body", "error.too-long", MAX_YAML_CHARACTERS);
        }
        var problems = new ArrayList<Problem>();
        Object tree = null;
        CatalogueEntry entry = null;
        try {
            tree = CatalogueYaml.read("", label, yaml);
            entry = CatalogueParser.parseEntry("", label, tree, catalogue.vocabulary());
        } catch (CatalogueYaml.Broken broken) {
            problems.add(problem(broken.syntax()));
        } catch (InvalidCatalogue invalid) {
            invalid.problems().forEach(p -> problems.add(problem(p)));
        }
        String id = tree instanceof Map<?, ?> map && map.get("id") instanceof String given ? given : null;
        if (id != null && !adding && !id.equals(label)) {
            problems.add(Problem.of("id", "error.catalogue.id-mismatch", label, id));
        }
        if (id != null && adding && isUsed(id)) {
            problems.add(idTaken(id));
        }
        if (id != null && id.equals("new") && catalogue.shipped(id).isEmpty()) {
            problems.add(Problem.of("id", "error.catalogue.id-reserved", id));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return entry;
    }

    private boolean isUsed(String id) {
        return catalogue.shipped(id).isPresent() || store.latest(id).isPresent();
    }

    private static Problem idTaken(String id) {
        return Problem.of("id", "error.catalogue.id-taken", id);
    }

    /** A parser's problem as a field (its place in the entry) and words naming the entry and the reason. */
    private static Problem problem(InvalidCatalogue.Problem p) {
        String place = p.path().isEmpty() ? "body" : p.path();
        String key = p.entry().isEmpty() ? "error.catalogue.problem-without-id" : "error.catalogue.problem";
        return Problem.of(place, key, p.entry(), place, p.message());
    }

    /**
     * Where and why the text is not YAML, in words that name the key the broken part belongs to:
     * “line 3, column 1, key “title”: …”. The problem is about the text as a whole ({@code body}).
     */
    private static Problem problem(CatalogueYaml.Syntax syntax) {
        var place = syntax.field().isEmpty()
                ? new DefaultMessageSourceResolvable(
                        new String[] {"error.catalogue.yaml.at"}, new Object[] {syntax.line(), syntax.column()})
                : new DefaultMessageSourceResolvable(
                        new String[] {"error.catalogue.yaml.at-field"},
                        new Object[] {syntax.line(), syntax.column(), syntax.field()});
        return Problem.of(
                "body", syntax.reason().messageKey(), place, syntax.openedLine(), syntax.openedColumn(), syntax.key());
    }

    private Listed listed(Catalogue.View view, String id) {
        Revision revision = view.revisions().get(id);
        Source source =
                revision == null ? Source.SHIPPED : catalogue.shipped(id).isPresent() ? Source.EDITED : Source.ADDED;
        return new Listed(view.byId().get(id), source, revision);
    }
}
