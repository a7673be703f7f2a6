package com.becflow.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDealId;
import com.becflow.invoicing.packages.app.PackageProgress;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The package in an invoice link's JSON: amounts as decimal strings, and the link's own invoice marked. */
class PortalPackageJsonTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ClientId CLIENT = ClientId.newId();
    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate DELIVERED = LocalDate.of(2026, 12, 3);

    @Test
    void perMilestoneTheDeliveredShareCarriesItsInvoiceAndTheLinksOwnIsMarked() {
        Invoice first = invoice("1000.00");
        first.receivePayment(first.balance(), NOW);
        PackageProgress.Billed billed = new PackageProgress.Billed(first, first.statusOn(DELIVERED));
        PackageDeal deal = deal(PackageBilling.PER_MILESTONE, List.of(
                new Milestone(1, "Logo", new BigDecimal("1000.00"), DELIVERED, first.id()),
                new Milestone(2, "Brand guide", new BigDecimal("1500.00"), null, null)), null);
        PackageProgress progress = new PackageProgress(deal, List.of(
                new PackageProgress.Step(deal.milestone(1), Optional.of(billed)),
                new PackageProgress.Step(deal.milestone(2), Optional.empty())), List.of(billed),
                first.total(), billed.paid(), billed.open());

        PortalPackageJson json = PortalPackageJson.from(progress, first.id());

        assertThat(json.price()).isEqualTo("2500.00");
        assertThat(json.invoiced()).isEqualTo("1190.00");
        assertThat(json.paid()).isEqualTo("1190.00");
        assertThat(json.delivered()).isEqualTo(1);
        assertThat(json.thisInvoice()).isFalse();
        assertThat(json.milestones().get(0)).isEqualTo(new PortalPackageJson.MilestoneJson(1, "Logo", DELIVERED,
                "1000.00", "2026-1", "PAID", "1190.00", "0.00", true));
        assertThat(json.milestones().get(1)).isEqualTo(new PortalPackageJson.MilestoneJson(2, "Brand guide", null,
                "1500.00", null, null, null, null, false));
    }

    @Test
    void byPlanThePackageItselfIsTheLinksInvoice() {
        Invoice whole = invoice("2500.00");
        PackageProgress.Billed billed = new PackageProgress.Billed(whole, whole.statusOn(DELIVERED));
        PackageDeal deal = deal(PackageBilling.BY_PLAN, List.of(new Milestone(1, "Logo", null, null, null)), whole.id());
        PackageProgress progress = new PackageProgress(deal, List.of(new PackageProgress.Step(deal.milestone(1),
                Optional.empty())), List.of(billed), whole.total(), billed.paid(), billed.open());

        PortalPackageJson json = PortalPackageJson.from(progress, whole.id());

        assertThat(json.billing()).isEqualTo("BY_PLAN");
        assertThat(json.thisInvoice()).isTrue();
        assertThat(json.open()).isEqualTo("2975.00");
        assertThat(json.milestones().get(0).amount()).isNull();
        assertThat(PortalPackageJson.from(progress, InvoiceId.newId()).thisInvoice()).isFalse();
        assertThat(json.cancelled()).isFalse();

        deal.cancel("The launch moved", Instant.parse("2027-01-05T10:00:00Z"));
        PortalPackageJson cancelled = PortalPackageJson.from(progress, whole.id());
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("The launch moved");
    }

    private static PackageDeal deal(PackageBilling billing, List<Milestone> milestones, InvoiceId invoice) {
        return new PackageDeal(PackageDealId.newId(), CLIENT, null, "Brand identity", EUR, new BigDecimal("2500.00"),
                new BigDecimal("19.00"), "VAT", 14, null, billing, milestones, invoice, NOW, NOW, null);
    }

    private static Invoice invoice(String net) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, CLIENT, null, null, new InvoiceContent(EUR,
                new InvoiceLines(List.of(InvoiceLine.of("Brand identity", "1", net).withTax("19", "VAT"))), null, null, 14,
                false, null), NOW);
        invoice.issue("2026-1", DELIVERED, "ada@engines.test", NOW);
        return invoice;
    }
}
