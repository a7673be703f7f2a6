package com.becflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngagementFeedbackTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void itIsAnsweredOnceWithTwoRatingsFromOneToFiveAndAnOptionalComment() {
        EngagementFeedback feedback = EngagementFeedback.requested(ContractId.newId(), ClientId.newId(), NOW);

        assertThatThrownBy(() -> feedback.answer(0, 6, "x".repeat(2001), NOW))
                .isInstanceOfSatisfying(EngagementFeedback.InvalidFeedback.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("workRating", "billingRating", "comment"));
        assertThatThrownBy(() -> feedback.answer(null, 3, null, NOW))
                .isInstanceOfSatisfying(EngagementFeedback.InvalidFeedback.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("workRating"));
        assertThat(feedback.answer()).as("nothing kept from a refusal").isEmpty();

        feedback.answer(5, 3, "  Great work; the invoices came late.  ", NOW.plusSeconds(60));

        assertThat(feedback.answer()).get().satisfies(a -> {
            assertThat(a.work()).isEqualTo(5);
            assertThat(a.billing()).isEqualTo(3);
            assertThat(a.comment()).isEqualTo("Great work; the invoices came late.");
            assertThat(a.at()).isEqualTo(NOW.plusSeconds(60));
        });
        assertThatThrownBy(() -> feedback.answer(1, 1, null, NOW)).isInstanceOfSatisfying(
                EngagementFeedback.FeedbackAnswered.class, e -> assertThat(e.code().key()).isEqualTo("feedback.answered"));
    }
}
