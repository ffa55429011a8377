package eu.dmhub.benchmark.application;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minGroupSize k: no group of fewer companies is ever shown
 * @param window how recent a company's latest assessment must be to count as a peer
 */
@ConfigurationProperties("dmhub.benchmark")
public record BenchmarkSettings(
        @DefaultValue("10") int minGroupSize,
        @DefaultValue("P24M") Period window) {

    public BenchmarkSettings {
        if (minGroupSize < 2) {
            throw new IllegalArgumentException("dmhub.benchmark.min-group-size must be at least 2");
        }
    }
}
