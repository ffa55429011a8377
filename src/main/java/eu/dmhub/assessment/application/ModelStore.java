package eu.dmhub.assessment.application;

import java.util.List;
import java.util.Optional;

/** Where every model version ever used is kept, so old results can always be shown with their model. */
public interface ModelStore {

    record StoredModel(String id, int version, String fileName, String definition, String checksum) {}

    Optional<String> checksumOf(String id, int version);

    void insert(StoredModel model);

    List<StoredModel> all();
}
