package eu.dmhub.assessment.domain;

import eu.dmhub.assessment.application.ModelCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The model files the platform ships, read as the application reads them. */
final class ShippedModels {

    private ShippedModels() {}

    static QuestionnaireModel dma() {
        return read("dma-v1.yaml");
    }

    static QuestionnaireModel dii() {
        return read("dii-v1.yaml");
    }

    private static QuestionnaireModel read(String file) {
        try {
            return ModelCatalog.parse("models/" + file, Files.readAllBytes(Path.of("src/main/resources/models", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
