package eu.dmhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * The database module alone (STANDALONE: it depends on no other module): with no datasource URL
 * set, the platform runs on a PostgreSQL it starts itself, where the settings say, as they say.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE)
@ActiveProfiles("test")
class DatabaseModuleTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgresSettings settings;

    private String setting(String name) {
        return jdbc.sql("select current_setting(?)")
                .param(name)
                .query(String.class)
                .single();
    }

    @Test
    void withNoDatasourceUrlThePlatformRunsOnItsOwnPostgresqlInTheConfiguredDirectory() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select current_database()").query(String.class).single())
                .isEqualTo(settings.database());
        assertThat(Path.of(setting("data_directory")))
                .isEqualTo(settings.dataDirectory().toAbsolutePath().normalize());
        assertThat(setting("listen_addresses")).isEqualTo("localhost");
    }

    @Test
    void theServerOptionsOfTheSettingsAreApplied() {
        assertThat(settings.serverOptions()).contains("fsync=off", "synchronous_commit=off");
        assertThat(setting("fsync")).isEqualTo("off");
        assertThat(setting("synchronous_commit")).isEqualTo("off");
    }

    @Test
    void theSharedTablesOfTheRootMigrationsAreThereForEveryModule() {
        assertThat(jdbc.sql("select count(*) from event_publication")
                        .query(Long.class)
                        .single())
                .isNotNegative();
        assertThat(jdbc.sql("select to_regclass('public.spring_session') is not null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
