package eu.dmhub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.dmhub");

    @Test
    void domainCodeIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "jakarta..", "javax.sql..", "tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("eu.dmhub.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAndRowTypesAreNotPublic() {
        classes()
                .that()
                .resideInAPackage("..persistence..")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheWebShell() {
        noClasses()
                .that()
                .resideOutsideOfPackage("eu.dmhub.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("eu.dmhub.web..")
                .check(CLASSES);
    }

    @Test
    void pagesAndApiGoThroughTheApplicationLayerNotPersistence() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..persistence..")
                .check(CLASSES);
    }
}
