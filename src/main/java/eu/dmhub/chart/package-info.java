/**
 * Charts drawn as SVG on the server, in plain Java, so that pages and PDF reports show the same
 * picture and need no JavaScript.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charts")
package eu.dmhub.chart;
