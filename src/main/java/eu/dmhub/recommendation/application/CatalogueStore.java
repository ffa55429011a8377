package eu.dmhub.recommendation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the catalogue entries saved in the app are kept: every save is a new revision, none is
 * ever changed or removed.
 */
public interface CatalogueStore {

    /**
     * One save of one entry: its YAML text as the administrator wrote it, whether it is withdrawn,
     * and who saved it when. Revisions of an entry are numbered from 1.
     */
    record Revision(
            String entryId,
            int number,
            String yaml,
            boolean withdrawn,
            UUID editorId,
            String editorName,
            Instant editedAt) {}

    /**
     * A number that grows with every committed save, whatever order saves commit in; an instance
     * compares it with the one it last read to notice saves made by other instances.
     */
    long version();

    /** The latest revision of every entry saved in the app. */
    List<Revision> latest();

    Optional<Revision> latest(String entryId);

    /** An entry's revisions, newest first. */
    List<Revision> history(String entryId);

    /** Holds other saves of this entry until the current transaction ends. */
    void lock(String entryId);

    void insert(Revision revision);
}
