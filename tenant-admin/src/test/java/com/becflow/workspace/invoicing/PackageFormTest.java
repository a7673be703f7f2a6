package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.client;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.find;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.invoicing.packages.InvalidPackageDeal;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal.MilestoneDraft;
import com.becflow.invoicing.packages.app.SavePackageDeal;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The package form without a browser: what is typed comes back as the offer command, the shares are shown and sent
 * only when billed per milestone, the line under the rows follows the typing, and each refusal lands on its field.
 */
class PackageFormTest {

    /** Held here: the current UI is only weakly referenced, and the refusal's notification needs one. */
    private final UI ui = new UI();
    private final Client acme = client("Ada Lovelace", "EUR");
    private final PackageForm form = new PackageForm(query -> Stream.of(acme), c -> List.of());
    private final List<SavePackageDeal> offered = new ArrayList<>();

    PackageFormTest() {
        form.addSaveListener(e -> offered.add(e.draft().toCommand()));
    }

    @BeforeEach
    void aUiForNotifications() {
        UI.setCurrent(ui);
        form.start(30);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void aTypedPackageComesBackAsTheOfferCommand() {
        value("package-client").setValue(acme);
        value("package-title").setValue("Brand identity");
        value("package-price").setValue(new BigDecimal("6000"));
        value("package-tax-rate").setValue(new BigDecimal("19"));
        value("package-tax-name").setValue("VAT");
        typeMilestones("Logo", "2000", "Website", "4000");

        click(form, "offer-package");

        assertThat(offered).containsExactly(new SavePackageDeal(acme.id(), null, null, "Brand identity",
                new BigDecimal("6000"), new BigDecimal("19"), "VAT", null, null, PackageBilling.PER_MILESTONE,
                List.of(new MilestoneDraft("Logo", new BigDecimal("2000")),
                        new MilestoneDraft("Website", new BigDecimal("4000")))));
        assertThat(((HasHelper) field(form, "package-price")).getHelperText()).isEqualTo("In EUR");
    }

    @Test
    void billedByAPlanTheSharesAreHiddenAndNotSentButKeptForSwitchingBack() {
        value("package-price").setValue(new BigDecimal("6000"));
        typeMilestones("Logo", "2000", "Website", "4000");

        value("package-billing").setValue(PackageBilling.BY_PLAN);
        assertThat(field(form, "milestone-amount-0").isVisible()).isFalse();
        assertThat(field(form, "milestones-sum").isVisible()).as("nothing to add up").isFalse();
        click(form, "offer-package");

        value("package-billing").setValue(PackageBilling.PER_MILESTONE);
        assertThat(field(form, "milestone-amount-1").isVisible()).isTrue();
        assertThat(value("milestone-amount-1").getValue()).isEqualTo(new BigDecimal("4000"));
        click(form, "offer-package");

        assertThat(offered).extracting(SavePackageDeal::billing)
                .containsExactly(PackageBilling.BY_PLAN, PackageBilling.PER_MILESTONE);
        assertThat(offered.get(0).milestones()).extracting(MilestoneDraft::amount).containsExactly(null, null);
        assertThat(offered.get(1).milestones()).extracting(MilestoneDraft::amount)
                .containsExactly(new BigDecimal("2000"), new BigDecimal("4000"));
    }

    @Test
    void theLineUnderTheRowsFollowsTheShares() {
        value("package-client").setValue(acme);
        value("package-price").setValue(new BigDecimal("6000"));
        typeMilestones("Logo", "2000", "Website", "3000");
        assertThat(text(form, "milestones-sum"))
                .isEqualTo("Shares add up to EUR 5,000.00: EUR 1,000.00 short of the price of EUR 6,000.00.");

        value("milestone-amount-1").setValue(new BigDecimal("4500"));
        assertThat(text(form, "milestones-sum"))
                .isEqualTo("Shares add up to EUR 6,500.00: EUR 500.00 over the price of EUR 6,000.00.");

        value("milestone-amount-1").setValue(new BigDecimal("4000"));
        assertThat(text(form, "milestones-sum")).isEqualTo("Shares add up to EUR 6,000.00, the price.");
    }

    @Test
    void rowsAreAddedAndRemovedButOneAlwaysStays() {
        assertThat(((Button) field(form, "remove-milestone-0")).isEnabled()).as("the last row stays").isFalse();
        typeMilestones("Logo", "2000", "Website", "4000");

        click(form, "remove-milestone-0");

        assertThat(find(form, "milestone-title-1")).isEmpty();
        assertThat(value("milestone-title-0").getValue()).as("the rest move up").isEqualTo("Website");
        assertThat(value("milestone-amount-0").getValue()).isEqualTo(new BigDecimal("4000"));
    }

    @Test
    void aRefusalPutsEachMessageOnItsFieldAndTheRestInTheNotification() {
        typeMilestones("Logo", "2000", "Website", "-1");
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("title", "Name the package");
        errors.put("milestones[1].amount", "The share must be above zero");
        errors.put("milestones", "The milestones add up to 1999, not to the price of 6000");
        errors.put("currency", "Give a currency: the client has none");

        boolean done = Notices.attempt(() -> {
            throw new InvalidPackageDeal(errors);
        }, form::showErrors);

        assertThat(done).isFalse();
        assertInvalid("package-title", "Name the package");
        assertInvalid("milestone-amount-1", "The share must be above zero");
        assertThat(validation("milestone-amount-0").isInvalid()).as("row 0 is fine").isFalse();
        assertThat(text(form, "milestones-sum")).isEqualTo("The milestones add up to 1999, not to the price of 6000");
        assertThat(form.showErrors(errors)).as("no field for the currency").containsOnlyKeys("currency");
        assertThat(offered).isEmpty();

        value("milestone-amount-1").setValue(new BigDecimal("4000"));
        assertThat(text(form, "milestones-sum")).as("typing again replaces the verdict with the live line")
                .startsWith("Shares add up to");
    }

    @Test
    void aHiddenShareIsNotMarkedButHandedBack() {
        value("package-billing").setValue(PackageBilling.BY_PLAN);

        Map<String, String> rest = form.showErrors(Map.of("milestones[0].amount",
                "Billed as one invoice, a milestone has no amount of its own", "milestones[0].title", "Name the milestone"));

        assertThat(rest).containsOnlyKeys("milestones[0].amount");
        assertInvalid("milestone-title-0", "Name the milestone");
    }

    private void typeMilestones(String firstTitle, String firstShare, String secondTitle, String secondShare) {
        value("milestone-title-0").setValue(firstTitle);
        value("milestone-amount-0").setValue(new BigDecimal(firstShare));
        click(form, "add-milestone");
        value("milestone-title-1").setValue(secondTitle);
        value("milestone-amount-1").setValue(new BigDecimal(secondShare));
    }

    private void assertInvalid(String id, String message) {
        HasValidation field = validation(id);
        assertThat(field.isInvalid()).as(id + " invalid").isTrue();
        assertThat(field.getErrorMessage()).as(id + " message").isEqualTo(message);
    }

    private <V> HasValue<?, V> value(String id) {
        return InvoiceFixtures.value(form, id);
    }

    private HasValidation validation(String id) {
        return InvoiceFixtures.validation(form, id);
    }
}
