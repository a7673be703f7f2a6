package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.InvoiceNumbering;
import com.becflow.invoicing.payments.PaymentAccount;
import com.becflow.invoicing.payments.PaymentGateway.ConnectedAccount;
import com.becflow.shared.documents.TestImages;
import com.becflow.shared.tenant.TenantId;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings form without a browser: the numbers it promises, what it gives back, where errors land. */
class InvoiceSettingsFormTest {

    private static final byte[] PNG = TestImages.picture(80, 40, "png");

    private final InvoiceSettingsForm form = new InvoiceSettingsForm();
    private final List<InvoiceSettingsDraft> saved = new ArrayList<>();

    InvoiceSettingsFormTest() {
        form.addSaveListener(e -> saved.add(e.draft()));
    }

    @Test
    void theExampleShowsTheFirstNumberOfTheYearOfEachSeries() {
        assertThat(InvoiceSettingsForm.numberingExample(InvoiceNumbering.DEFAULT, 2027))
                .isEqualTo("Numbers read like INV-2027-0001 for invoices and CN-2027-0001 for credit notes; every year "
                        + "starts again at 1.");
        assertThat(InvoiceSettingsForm.numberingExample(new InvoiceNumbering("F", "G", false, 6), 2027))
                .isEqualTo("Numbers read like F000001 for invoices and G000001 for credit notes, counting on for good.");
        assertThat(InvoiceSettingsForm.numberingExample(new InvoiceNumbering("F", "G", false, 0), 2027))
                .isEqualTo("Choose from 1 to 10 digits to see what the numbers read like.");
    }

    @Test
    void theExampleFollowsTheNumberingAsItIsTyped() {
        form.edit(defaults(), 2027, true);
        assertThat(text(form, "settings-number-example")).contains("INV-2027-0001", "CN-2027-0001");

        value("settings-invoice-prefix").setValue("RE/");
        value("settings-digits").setValue(3);
        value("settings-yearly-reset").setValue(false);

        assertThat(text(form, "settings-number-example")).contains("RE/001", "CN-001").doesNotContain("2027");

        value("settings-digits").setValue(null);
        assertThat(text(form, "settings-number-example")).startsWith("Choose from 1 to 10 digits");
    }

    @Test
    void theSettingsComeBackAsNumberingAndBranding() {
        form.edit(defaults(), 2027, true);
        value("settings-invoice-prefix").setValue("RE-");
        value("settings-net-days").setValue(21);
        value("settings-business-name").setValue("Studio Nord");
        value("settings-colour").setValue("#0a7a3b");
        value("settings-bank-instructions").setValue("IBAN DE02 1203 0000 0000 2020 51");
        form.takeLogo("image/png", PNG);

        click(form, "settings-save");

        assertThat(saved).hasSize(1);
        InvoiceSettingsDraft draft = saved.get(0);
        assertThat(draft.numbering()).isEqualTo(new InvoiceNumbering("RE-", "CN-", true, 4));
        assertThat(draft.getDefaultNetDays()).isEqualTo(21);
        InvoiceBranding branding = draft.branding();
        assertThat(branding.businessName()).isEqualTo("Studio Nord");
        assertThat(branding.colour()).isEqualTo("#0a7a3b");
        assertThat(branding.logo()).isEqualTo(PNG);
        assertThat(branding.logoType()).isEqualTo("image/png");
        assertThat(branding.problems()).isEmpty();
        assertThat(field(form, "settings-logo-preview").isVisible()).isTrue();
    }

    @Test
    void aJpegNamedTheOldWayIsKeptAsJpegAndAnOversizedLogoIsRefusedAtOnce() {
        form.edit(defaults(), 2027, true);

        form.takeLogo("image/pjpeg", TestImages.picture(80, 40, "jpg"));
        assertThat(form.read().orElseThrow().getLogoType()).isEqualTo("image/jpeg");

        form.takeLogo("image/png", new byte[InvoiceBranding.MAX_LOGO_BYTES + 1]);
        assertThat(text(form, "settings-logo-error")).isEqualTo("At most 512 KB");
        assertThat(form.read().orElseThrow().getLogoType()).isEqualTo("image/jpeg");

        click(form, "settings-logo-remove");
        assertThat(form.read().orElseThrow().branding().logo()).isNull();
        assertThat(field(form, "settings-logo-preview").isVisible()).isFalse();
    }

    @Test
    void aDecompressionBombIsRefusedOnTheLogoFieldAsItArrives() {
        form.edit(defaults(), 2027, true);

        form.takeLogo("image/png", TestImages.pngBomb(30_000, 30_000));

        assertThat(text(form, "settings-logo-error")).isEqualTo("At most 5000 x 5000 pixels (this one is 30000 x 30000)");
        assertThat(field(form, "settings-logo-error").isVisible()).isTrue();
        assertThat(form.read().orElseThrow().branding().logo()).isNull();
        assertThat(field(form, "settings-logo-preview").isVisible()).isFalse();
    }

    @Test
    void everyErrorTheServiceNamesLandsOnItsInput() {
        form.edit(defaults(), 2027, true);
        Map<String, String> errors = new InvoiceNumbering("INV-", "INV-", true, 11).problems();
        errors.put("defaultNetDays", "From 0 (on receipt) to 365 days");
        errors.put("colour", "A colour like #1f6feb");
        errors.put("logo", "A PNG or JPEG image");
        errors.put("returnUrl", "An http(s) address to come back to");

        Map<String, String> rest = form.showErrors(errors);

        assertThat(rest).containsOnlyKeys("returnUrl");
        assertInvalid("settings-credit-note-prefix", "Credit notes need a prefix of their own, or two documents share a number");
        assertInvalid("settings-digits", "From 1 to 10 digits");
        assertInvalid("settings-net-days", "From 0 (on receipt) to 365 days");
        assertInvalid("settings-colour", "A colour like #1f6feb");
        assertThat(text(form, "settings-logo-error")).isEqualTo("A PNG or JPEG image");
        assertThat(field(form, "settings-logo-error").isVisible()).isTrue();
    }

    @Test
    void theStripeAccountIsDescribedByWhereItsOnboardingStands() {
        PaymentAccount account = new PaymentAccount(TenantId.newId(), InvoiceFixtures.NOW);
        assertThat(InvoiceSettingsView.describe(null)).startsWith("Not connected");
        assertThat(InvoiceSettingsView.describe(account)).startsWith("Not connected");

        account.update(new ConnectedAccount("acct_1", false, false, null), InvoiceFixtures.NOW);
        assertThat(InvoiceSettingsView.describe(account)).startsWith("Onboarding incomplete").contains("needs some details");

        account.update(new ConnectedAccount("acct_1", true, true, "Studio Nord"), InvoiceFixtures.NOW);
        assertThat(InvoiceSettingsView.describe(account)).isEqualTo(
                "Ready: clients can pay online, and the money goes to Studio Nord.");
    }

    private static InvoiceSettingsDraft defaults() {
        InvoiceSettingsDraft draft = new InvoiceSettingsDraft();
        draft.setInvoicePrefix("INV-");
        draft.setCreditNotePrefix("CN-");
        draft.setYearlyReset(true);
        draft.setDigits(4);
        draft.setDefaultNetDays(14);
        return draft;
    }

    private void assertInvalid(String id, String message) {
        HasValidation field = (HasValidation) field(form, id);
        assertThat(field.isInvalid()).as(id + " invalid").isTrue();
        assertThat(field.getErrorMessage()).as(id + " message").isEqualTo(message);
    }

    private <V> HasValue<?, V> value(String id) {
        return InvoiceFixtures.value(form, id);
    }
}
