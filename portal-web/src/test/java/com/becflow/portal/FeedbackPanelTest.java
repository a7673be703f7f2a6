package com.becflow.portal;

import static com.becflow.portal.PortalComponents.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.app.ClientFeedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feedback form without a browser: what it sends, what it marks, and the thanks once answered. */
class FeedbackPanelTest {

    private final List<String> sent = new ArrayList<>();

    @SuppressWarnings("unchecked")
    @Test
    void theClientRatesTheWorkAndTheBillingAndARefusalIsMarkedOnItsRating() {
        Component panel = FeedbackPanel.of(new ClientFeedback.Standing("Ada Studio", "Brand identity", Optional.empty()),
                (work, billing, comment) -> {
                    if (billing == null) {
                        throw new EngagementFeedback.InvalidFeedback(Map.of("billingRating", "Rate the billing from 1 to 5"));
                    }
                    sent.add(work + "/" + billing + " " + comment);
                });
        ((RadioButtonGroup<Integer>) find(panel, "feedback-work")).setValue(5);
        ((Button) find(panel, "feedback-send")).click();
        RadioButtonGroup<Integer> billing = (RadioButtonGroup<Integer>) find(panel, "feedback-billing");
        assertThat(billing.isInvalid()).isTrue();
        assertThat(billing.getErrorMessage()).isEqualTo("Rate the billing from 1 to 5");

        billing.setValue(3);
        ((TextArea) find(panel, "feedback-comment")).setValue("Invoices came late");
        ((Button) find(panel, "feedback-send")).click();

        assertThat(sent).containsExactly("5/3 Invoices came late");
        assertThat(find(panel, "feedback-heading").getElement().getText()).isEqualTo("How did it go with Ada Studio?");
    }

    @Test
    void anAnsweredRequestThanksAndShowsWhatWasSaid() {
        Component panel = FeedbackPanel.of(new ClientFeedback.Standing("Ada Studio", "Brand identity", Optional.of(
                new EngagementFeedback.Answer(4, 5, "Smooth", Instant.parse("2027-03-01T10:00:00Z")))), (w, b, c) -> { });

        assertThat(find(panel, "feedback-thanks").getElement().getText()).isEqualTo("Thank you! You rated the work 4 of 5"
                + " and the billing 5 of 5, and said: Smooth");
        assertThat(find(panel, "feedback-send")).isNull();
    }
}
