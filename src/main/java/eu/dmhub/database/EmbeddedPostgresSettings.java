package eu.dmhub.database;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no external datasource is configured.
 *
 * @param dataDirectory where the cluster lives; kept between runs
 * @param port the TCP port on localhost, 0 for any free one
 * @param database the database the application uses inside the cluster
 * @param cleanOnStart wipe the data directory once per JVM before the first start (tests only)
 * @param serverOptions extra {@code -c name=value} settings for the server
 */
@ConfigurationProperties("dmhub.embedded-postgres")
record EmbeddedPostgresSettings(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("dmhub") String database,
        @DefaultValue("false") boolean cleanOnStart,
        @DefaultValue List<String> serverOptions) {}
