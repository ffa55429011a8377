package eu.dmhub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** Reading a column by its place in the select list: a reordered or added column silently shifts every value. */
    static final ArchRule ROWS_ARE_READ_BY_COLUMN_NAME = noClasses()
            .should()
            .callMethodWhere(new DescribedPredicate<JavaMethodCall>("a ResultSet getter given a column's position") {
                @Override
                public boolean test(JavaMethodCall call) {
                    var target = call.getTarget();
                    var parameters = target.getRawParameterTypes();
                    return target.getOwner().isAssignableTo(ResultSet.class)
                            && target.getName().startsWith("get")
                            && !parameters.isEmpty()
                            && parameters.get(0).isEquivalentTo(int.class);
                }
            })
            .because("rows are mapped by column name (alias a computed column in the SQL), not by position");

    @Test
    void rowsAreReadByColumnNameNotPosition() {
        ROWS_ARE_READ_BY_COLUMN_NAME.check(CLASSES);
    }

    @Test
    void theColumnNameRuleCatchesAPositionalGetter() {
        var offender = new ClassFileImporter().importClasses(PositionalRows.class);

        assertThat(ROWS_ARE_READ_BY_COLUMN_NAME.evaluate(offender).hasViolation())
                .isTrue();
    }

    /** What the rule is there to refuse. */
    static final class PositionalRows {
        static String firstColumn(ResultSet rs) throws SQLException {
            return rs.getString(1);
        }
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
