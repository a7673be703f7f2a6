package com.becflow.workspace.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractRendering;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.PaymentTerms;
import com.becflow.contracts.ContractTerms.Scope;
import com.becflow.contracts.Parties;
import com.becflow.contracts.app.SaveContract;
import com.becflow.shared.money.Money;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The clause form without a browser: what it shows, what it gives back, and where errors land. */
class ClauseEditorTest {

    private static final ContractTerms FULL = new ContractTerms(new PaymentTerms(30),
            new Deposit(new BigDecimal("25"), null),
            new CancellationPolicy(List.of(new CancellationTier(30, new BigDecimal("0")),
                    new CancellationTier(7, new BigDecimal("50")), new CancellationTier(0, new BigDecimal("100")))),
            new LateFee(new BigDecimal("40.00"), new BigDecimal("1.5"), 30, 7, new BigDecimal("10")),
            new EarlyPaymentDiscount(new BigDecimal("2"), 10),
            new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT),
            new Scope("Logo, business cards and a one-page style guide", 2, new BigDecimal("85.00")));

    private final ClauseEditor editor = new ClauseEditor();

    @Test
    void everyClauseComesBackAsItWasShown() {
        editor.setTerms(FULL);

        assertThat(editor.getTerms()).isEqualTo(FULL);
        assertThat(FULL.problems(null)).isEmpty();
    }

    @Test
    void numbersThatReadAsNumbersPassTheInputCheck() {
        editor.setTerms(FULL);

        assertThat(editor.validateInput()).isTrue();
        assertThat(validation("clause-net-days").isInvalid()).isFalse();
    }

    @Test
    void aFixedDepositComesBackAsAnAmount() {
        ContractTerms terms = ContractTerms.netDays(14).withDeposit(new Deposit(null, new BigDecimal("500")));
        editor.setTerms(terms);

        assertThat(field("clause-deposit-amount").isVisible()).isTrue();
        assertThat(field("clause-deposit-percent").isVisible()).isFalse();
        assertThat(editor.getTerms()).isEqualTo(terms);
    }

    @Test
    void aClauseSwitchedOffIsNullWhateverItsFieldsHold() {
        editor.setTerms(FULL);

        value("clause-deposit-on").setValue(false);
        value("clause-late-fee-on").setValue(false);
        value("clause-cancellation-on").setValue(false);

        ContractTerms terms = editor.getTerms();
        assertThat(terms.deposit()).isNull();
        assertThat(terms.lateFee()).isNull();
        assertThat(terms.cancellation()).isNull();
        assertThat(terms.scope()).isEqualTo(FULL.scope());
        assertThat(terms.payment()).isEqualTo(new PaymentTerms(30));
    }

    @Test
    void nothingShownGivesPaymentTermsWithoutDaysAndNoOtherClause() {
        editor.setTerms(null);

        assertThat(editor.getTerms()).isEqualTo(new ContractTerms(new PaymentTerms(null), null, null, null, null, null,
                null));
    }

    @Test
    void editedTiersComeBackInTheOrderShown() {
        editor.setTerms(FULL);

        value("clause-cancellation-percent-1").setValue(new BigDecimal("60"));

        assertThat(editor.getTerms().cancellation().tiers()).containsExactly(
                new CancellationTier(30, new BigDecimal("0")), new CancellationTier(7, new BigDecimal("60")),
                new CancellationTier(0, new BigDecimal("100")));
    }

    @Test
    void everyProblemTheDomainFindsLandsOnAVisibleInputOrAClauseLine() {
        ContractTerms broken = new ContractTerms(new PaymentTerms(400),
                new Deposit(new BigDecimal("120"), null),
                new CancellationPolicy(List.of(new CancellationTier(30, new BigDecimal("10")),
                        new CancellationTier(null, new BigDecimal("150")))),
                new LateFee(null, null, 0, 7, null),
                new EarlyPaymentDiscount(new BigDecimal("30"), 10),
                new IpTransfer(IpTransferMoment.ON_SIGNING),
                new Scope(" ", 2, null));
        editor.setTerms(broken);
        Map<String, String> problems = broken.problems(null);
        assertThat(problems).containsKeys("terms.payment.netDays", "terms.deposit.percent",
                "terms.cancellation.tiers[1].daysBeforeStart", "terms.cancellation.tiers[1].percentKept",
                "terms.lateFee", "terms.lateFee.periodDays", "terms.earlyPaymentDiscount.percent",
                "terms.scope.deliverables");

        Map<String, String> rest = editor.showErrors(problems);

        assertThat(rest).isEmpty();
        assertInvalid("clause-net-days", problems.get("terms.payment.netDays"));
        assertInvalid("clause-deposit-percent", problems.get("terms.deposit.percent"));
        assertInvalid("clause-cancellation-days-1", "Required");
        assertInvalid("clause-cancellation-percent-1", problems.get("terms.cancellation.tiers[1].percentKept"));
        assertThat(validation("clause-cancellation-days-0").isInvalid()).isFalse();
        assertInvalid("clause-late-fee-period", problems.get("terms.lateFee.periodDays"));
        assertThat(line("clause-late-fee-error").getText()).isEqualTo(problems.get("terms.lateFee"));
        assertThat(line("clause-late-fee-error").isVisible()).isTrue();
        assertInvalid("clause-discount-percent", problems.get("terms.earlyPaymentDiscount.percent"));
        assertInvalid("clause-scope-deliverables", problems.get("terms.scope.deliverables"));

        editor.clearErrors();
        assertThat(validation("clause-net-days").isInvalid()).isFalse();
        assertThat(line("clause-late-fee-error").isVisible()).isFalse();
    }

    @Test
    void aWholeClauseErrorGoesOnThatClausesLine() {
        editor.setTerms(FULL);

        Map<String, String> rest = editor.showErrors(Map.of("terms.cancellation.tiers",
                "A later cancellation cannot keep less of the fee than an earlier one"));

        assertThat(rest).isEmpty();
        assertThat(line("clause-cancellation-error").getText())
                .isEqualTo("A later cancellation cannot keep less of the fee than an earlier one");
    }

    @Test
    void errorsForClausesThatAreOffOrUnknownAreHandedBack() {
        editor.setTerms(ContractTerms.netDays(14));

        Map<String, String> rest = editor.showErrors(Map.of("terms.deposit.percent", "Required", "fee", "What is the fee?"));

        assertThat(rest).containsOnlyKeys("terms.deposit.percent", "fee");
    }

    @Test
    void anErrorOnTheHiddenDepositKindGoesOnTheDepositLine() {
        editor.setTerms(FULL);

        Map<String, String> rest = editor.showErrors(Map.of("terms.deposit.amount", "The deposit cannot be more than the fee"));

        assertThat(rest).isEmpty();
        assertThat(line("clause-deposit-error").getText()).isEqualTo("The deposit cannot be more than the fee");
    }

    @Test
    void addingAndRemovingTiersKeepsIdsInStep() {
        editor.setTerms(FULL);

        click("clause-cancellation-remove-0");

        assertThat(find(editor, "clause-cancellation-days-2")).isEmpty();
        assertThat(value("clause-cancellation-days-0").getValue()).isEqualTo(7);
        assertThat(editor.getTerms().cancellation().tiers()).hasSize(2);

        click("clause-cancellation-add");
        assertThat(editor.getTerms().cancellation().tiers()).hasSize(3)
                .last().isEqualTo(new CancellationTier(null, null));
    }

    private void assertInvalid(String id, String message) {
        HasValidation field = validation(id);
        assertThat(field.isInvalid()).as(id + " invalid").isTrue();
        assertThat(field.getErrorMessage()).as(id + " message").isEqualTo(message);
    }

    private Component field(String id) {
        return find(editor, id).orElseThrow(() -> new AssertionError("No component #" + id));
    }

    @SuppressWarnings("unchecked")
    private <V> HasValue<?, V> value(String id) {
        return (HasValue<?, V>) field(id);
    }

    private HasValidation validation(String id) {
        return (HasValidation) field(id);
    }

    private Span line(String id) {
        return (Span) field(id);
    }

    private void click(String id) {
        ((com.vaadin.flow.component.button.Button) field(id)).click();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }

    /** The forms built around the clause editor: drafts in, commands out, errors placed. */
    @Nested
    class TheFormsAroundIt {

        @Test
        void theContractFormGivesBackTheDraftWithItsClausesAsACommand() {
            ContractEditor editor = new ContractEditor();
            ContractDraft draft = new ContractDraft();
            draft.setTitle("Brand identity: Acme");
            draft.setProjectName("Acme rebrand");
            draft.setStartDate(LocalDate.of(2027, 3, 1));
            draft.setFee(new BigDecimal("4800"));
            draft.setCurrency("EUR");
            draft.setBody("Between {{freelancer.business_name}} and {{client.name}}.");
            draft.setValidityDays(30);
            ContractTerms terms = ContractTerms.netDays(14).withIpTransfer(
                    new ContractTerms.IpTransfer(ContractTerms.IpTransferMoment.ON_SIGNING));
            draft.setTerms(terms);
            editor.edit(draft, true);

            SaveContract command = editor.read().orElseThrow().toCommand();

            assertThat(command).isEqualTo(new SaveContract("Brand identity: Acme", "Acme rebrand", LocalDate.of(2027, 3, 1),
                    null, new BigDecimal("4800"), "EUR", "Between {{freelancer.business_name}} and {{client.name}}.",
                    terms, false, 30));
            assertThat(editor.isDirty()).isFalse();
        }

        @Test
        void theContractFormPlacesItsOwnAndItsClausesErrorsAndHandsBackTheRest() {
            ContractEditor editor = new ContractEditor();
            ContractDraft draft = new ContractDraft();
            draft.setTerms(ContractTerms.netDays(14));
            editor.edit(draft, true);

            Map<String, String> rest = editor.showErrors(Map.of("fee", "What is the fee?",
                    "terms.payment.netDays", "Required", "title", "Give the contract a title", "something", "Odd"));

            assertThat(rest).containsOnlyKeys("something");
        }

        @Test
        void theNewContractFormKnowsTheServicesFieldNames() {
            NewContractDialog dialog = new NewContractDialog(query -> java.util.stream.Stream.empty());

            Map<String, String> rest = dialog.showErrors(Map.of("templateId", "Choose a template", "clientId",
                    "Choose a client", "fee", "What is the fee?", "terms.deposit.amount", "The deposit cannot be more than the fee"));

            assertThat(rest).containsOnlyKeys("terms.deposit.amount");
        }

        @Test
        void theTemplateFormPlacesItsErrors() {
            ContractTemplateEditor editor = new ContractTemplateEditor();
            editor.edit(new TemplateDraft(), true);

            Map<String, String> rest = editor.showErrors(Map.of("name", "Name the template", "body",
                    "Unknown merge field {{client.nmae}}", "terms.payment.netDays", "Required"));

            assertThat(rest).isEmpty();
        }

        @Test
        void theRenderedContractFitsInOneHtmlComponent() {
            ContractContent content = new ContractContent("Brand identity", "Acme rebrand", LocalDate.of(2027, 3, 1), null,
                    Money.of("4800", "EUR"), "Between {{freelancer.business_name}} and {{client.name}}.",
                    ContractTerms.netDays(14).withDeposit(new ContractTerms.Deposit(new BigDecimal("25"), null)), false, 30);
            String fragment = ContractRendering.fragment(content, new Parties("Studio Nord", "hi@nord.test", "Ada Lovelace",
                    null, "ada@acme.test", null), 2, LocalDate.of(2027, 2, 1));

            Html html = new Html(ContractRendering.forWebPage(fragment));

            assertThat(html.getInnerHtml()).contains("Ada Lovelace").contains("revision 2").contains("EUR 1,200.00");
        }

        @Test
        void fileNamesAreSlugsOfTheTitle() {
            assertThat(ContractFileDownloads.slug("Brand identity: Acme GmbH & Co.")).isEqualTo("brand-identity-acme-gmbh-co");
            assertThat(ContractFileDownloads.slug("???")).isEqualTo("untitled");
        }

        @Test
        void errorKeysReadAsFieldNames() {
            assertThat(Notices.label("terms.lateFee.capPercent")).isEqualTo("Late fee cap percent");
            assertThat(Notices.label("terms.cancellation.tiers[1].percentKept")).isEqualTo("Cancellation tiers 2 percent kept");
            assertThat(Notices.label("title")).isEqualTo("Title");
        }
    }
}
