package eu.dmhub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.test.ApplicationModuleTest;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DigitalMaturityHubApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * A module with Spring beans is tested on its own at least once; shared and chart are plain
     * Java (no beans) and have their unit tests instead.
     */
    @Test
    void everyModuleWithSpringBeansHasAModuleTest() {
        var tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("eu.dmhub");
        var tested = tests.stream()
                .filter(type -> type.isAnnotatedWith(ApplicationModuleTest.class))
                .map(JavaClass::getPackageName)
                .collect(Collectors.toSet());
        var withBeans = modules.stream()
                .filter(module -> !module.getSpringBeans().isEmpty())
                .map(module -> module.getBasePackage().getName())
                .toList();

        assertThat(withBeans).contains("eu.dmhub.identity", "eu.dmhub.database");
        assertThat(withBeans).doesNotContain("eu.dmhub.shared", "eu.dmhub.chart");
        assertThat(tested).containsAll(withBeans);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        Path folder = Path.of("docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.writeString(file, withRelationsSorted(Files.readString(file)));
            }
        }
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Assessment", "Identity");
    }

    /** The documenter lists relations in no fixed order; sorted, the committed diagrams change only when the modules do. */
    static String withRelationsSorted(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        List<Integer> relations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                relations.add(i);
            }
        }
        List<String> sorted = relations.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < relations.size(); i++) {
            lines.set(relations.get(i), sorted.get(i));
        }
        return String.join("\n", lines) + "\n";
    }
}
