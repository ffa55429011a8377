/**
 * Policy insights over many companies' latest assessments: per-dimension statistics with filters,
 * a country-by-dimension heat map, quarterly trends and intervention areas, with exports. Every
 * figure covers at least k companies, and no hidden figure can be recovered from a shown total.
 * A leaf module: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package eu.dmhub.insights;
