package eu.dmhub.assessment.application;

import java.util.List;
import java.util.Optional;

/** Where every model version ever used is kept, so old results can always be shown with their model. */
public interface ModelStore {

    record StoredModel(String id, int version, String fileName, String definition, String checksum) {}

    Optional<String> checksumOf(String id, int version);

    void insert(StoredModel model);

    List<StoredModel> all();

    Optional<StoredModel> find(String id, int version);

    /** A model id with its newest stored version. */
    record Version(String id, int version) {}

    /** The newest version of every model, ordered by id. */
    List<Version> latestVersions();
}
