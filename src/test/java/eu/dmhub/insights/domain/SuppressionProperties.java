package eu.dmhub.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class SuppressionProperties {

    @Property
    void noShownPartIsSmallAndTheHiddenPartsCannotBeRecoveredFromTheTotal(
            @ForAll @Size(max = 12) List<@LongRange(max = 40) Long> parts, @ForAll @IntRange(min = 2, max = 15) int k) {
        long[] companies = parts.stream().mapToLong(Long::longValue).toArray();
        long total = parts.stream().mapToLong(Long::longValue).sum();
        var outcome = Suppression.of(companies, k);
        for (int i = 0; i < companies.length; i++) {
            if (!outcome.hidden(i) && companies[i] > 0) {
                assertThat(companies[i]).isGreaterThanOrEqualTo(k);
            }
        }
        assertThat(outcome.totalHidden()).isEqualTo(total < k);
        if (!outcome.totalHidden()) {
            long residual = outcome.residual(companies);
            assertThat(residual == 0 || residual >= k)
                    .as("total minus the shown parts reveals %d companies", residual)
                    .isTrue();
        }
    }

    @Property
    void partsOfAtLeastKAreHiddenOnlyToProtectASmallPart(
            @ForAll @Size(max = 12) List<@LongRange(max = 40) Long> parts, @ForAll @IntRange(min = 2, max = 15) int k) {
        long[] companies = parts.stream().mapToLong(Long::longValue).toArray();
        var outcome = Suppression.of(companies, k);
        boolean anySmall = parts.stream().anyMatch(c -> c > 0 && c < k);
        long total = parts.stream().mapToLong(Long::longValue).sum();
        if (!anySmall && total >= k) {
            for (int i = 0; i < companies.length; i++) {
                assertThat(outcome.hidden(i)).isFalse();
            }
        }
    }
}
