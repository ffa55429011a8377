/**
 * Value types and error types that several modules speak in. Plain Java: no Spring, no JDBC.
 */
package eu.dmhub.shared;
