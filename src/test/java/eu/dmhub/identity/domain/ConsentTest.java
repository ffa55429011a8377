package eu.dmhub.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final Instant GIVEN = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aConsentIsInForceUntilWithdrawnAndKeepsItsVersion() {
        var given = Consent.given(UUID.randomUUID(), ConsentKind.PRIVACY_NOTICE, PrivacyNotice.VERSION, GIVEN);

        var withdrawn = given.withdrawn(GIVEN.plusSeconds(60));

        assertThat(given.inForce()).isTrue();
        assertThat(withdrawn.inForce()).isFalse();
        assertThat(withdrawn.textVersion()).isEqualTo(PrivacyNotice.VERSION);
        assertThat(withdrawn.givenAt()).isEqualTo(GIVEN);
    }

    @Test
    void aConsentIsWithdrawnOnceAndNeverBeforeItWasGiven() {
        var given = Consent.given(UUID.randomUUID(), ConsentKind.PRIVACY_NOTICE, PrivacyNotice.VERSION, GIVEN);

        assertThatThrownBy(() -> given.withdrawn(GIVEN.plusSeconds(1)).withdrawn(GIVEN.plusSeconds(2)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> given.withdrawn(GIVEN.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Consent.given(UUID.randomUUID(), ConsentKind.PRIVACY_NOTICE, " ", GIVEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheCurrentVersionOfTheNoticeIsAnAcceptance() {
        assertThat(PrivacyNotice.checkAcceptance("privacyNotice", PrivacyNotice.VERSION))
                .isEmpty();
        assertThat(PrivacyNotice.checkAcceptance("privacyNotice", null)
                        .orElseThrow()
                        .messageKey())
                .isEqualTo("error.required");
        assertThat(PrivacyNotice.checkAcceptance("privacyNotice", "2020-01-01")
                        .orElseThrow()
                        .arguments())
                .containsExactly(PrivacyNotice.VERSION);
    }
}
