/**
 * Where the data lives: with no {@code spring.datasource.url} the platform starts its own embedded
 * PostgreSQL whose data directory survives restarts; with one, it uses that server instead.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package eu.dmhub.database;
