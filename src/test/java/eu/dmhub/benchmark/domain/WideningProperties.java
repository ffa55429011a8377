package eu.dmhub.benchmark.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.shared.CountryCode;
import eu.dmhub.shared.SizeClass;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WideningProperties {

    private final List<PeerGroup> groups = PeerGroup.of(new CountryCode("EE"), "C", SizeClass.SMALL);

    @Property(tries = 500)
    void widensExactlyWhenAGroupIsBelowK(
            @ForAll @Size(4) List<@IntRange(max = 40) Integer> sizes, @ForAll @IntRange(min = 2, max = 20) int k) {
        Map<PeerGroup, Integer> companies = Map.of(
                groups.get(0),
                sizes.get(0),
                groups.get(1),
                sizes.get(1),
                groups.get(2),
                sizes.get(2),
                groups.get(3),
                sizes.get(3));
        var choice = Widening.choose(groups, companies::get, k);

        int firstBigEnough =
                IntStream.range(0, 4).filter(i -> sizes.get(i) >= k).findFirst().orElse(-1);
        if (firstBigEnough < 0) {
            assertThat(choice).isEmpty();
            return;
        }
        assertThat(choice).get().satisfies(c -> {
            assertThat(c.group()).isEqualTo(groups.get(firstBigEnough));
            assertThat(c.companies()).isGreaterThanOrEqualTo(k);
            assertThat(c.skipped())
                    .allSatisfy(skipped -> assertThat(companies.get(skipped)).isLessThan(k));
            assertThat(c.widened()).isEqualTo(firstBigEnough > 0);
        });
    }

    @Property(tries = 50)
    void groupsWidenFromCountrySectorAndSizeToTheRegion() {
        assertThat(groups).extracting(PeerGroup::key).containsExactly("EE/C/SMALL", "EE/C", "EE", "*");
    }
}
