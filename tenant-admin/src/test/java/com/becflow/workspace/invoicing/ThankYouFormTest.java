package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.validation;
import static com.becflow.workspace.invoicing.InvoiceFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.thanks.ThankYouTerms;
import com.vaadin.flow.component.HasEnabled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thank-you discount form without a browser: what it gives back, where errors land, and a read-only workspace. */
class ThankYouFormTest {

    private final List<ThankYouForm.Typed> saved = new ArrayList<>();
    private final ThankYouForm form = new ThankYouForm(saved::add);

    @Test
    void itShowsTheStoredTermsAndGivesBackWhatWasTyped() {
        form.edit(ThankYouTerms.OFF, true);
        assertThat(value(form, "thank-you-enabled").getValue()).isEqualTo(false);
        assertThat(value(form, "thank-you-valid-days").getValue()).isEqualTo(90);

        value(form, "thank-you-enabled").setValue(true);
        value(form, "thank-you-percent").setValue(new BigDecimal("2.5"));
        value(form, "thank-you-valid-days").setValue(60);
        click(form, "thank-you-save");

        assertThat(saved).containsExactly(new ThankYouForm.Typed(true, new BigDecimal("2.5"), 60));
    }

    @Test
    void theServicesVerdictLandsOnItsFieldAndTheRestComesBack() {
        form.edit(ThankYouTerms.OFF, true);

        Map<String, String> rest = form.showErrors(Map.of("percent", "From 0.5 to 50%", "other", "Elsewhere"));

        assertThat(validation(form, "thank-you-percent").isInvalid()).isTrue();
        assertThat(validation(form, "thank-you-percent").getErrorMessage()).isEqualTo("From 0.5 to 50%");
        assertThat(validation(form, "thank-you-valid-days").isInvalid()).isFalse();
        assertThat(rest).containsOnlyKeys("other");

        form.edit(ThankYouTerms.OFF, true);
        assertThat(validation(form, "thank-you-percent").isInvalid()).as("cleared when shown again").isFalse();
    }

    @Test
    void aReadOnlyWorkspaceCannotChangeIt() {
        form.edit(new ThankYouTerms(true, new BigDecimal("5"), 30), false);

        for (String id : List.of("thank-you-enabled", "thank-you-percent", "thank-you-valid-days", "thank-you-save")) {
            assertThat(((HasEnabled) field(form, id)).isEnabled()).as(id).isFalse();
        }
        assertThat(value(form, "thank-you-percent").getValue()).isEqualTo(new BigDecimal("5"));
    }
}
