/**
 * How a company compares with similar companies: percentiles, medians and quartiles per
 * dimension among peers of the same country, sector and size, widening the group when it is too
 * small and never showing a group of fewer than k companies. A read model fed by events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmark")
package eu.dmhub.benchmark;
