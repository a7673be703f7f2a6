package com.becflow.portal;

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
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The package panel without a browser: a "Brand identity" package of four milestones of EUR 1,000.00 each plus 19% VAT
 * (EUR 1,190.00 an invoice), or the same work for EUR 6,000.00 billed as one invoice.
 */
class PackagePanelTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ClientId CLIENT = ClientId.newId();
    private static final Instant NOW = Instant.parse("2026-12-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);
    private static final List<String> STEPS = List.of("Discovery", "Logo concepts", "Final logo", "Brand guide");

    private final Map<InvoiceId, Invoice> issued = new HashMap<>();

    @Test
    void deliveredMilestonesShowTheirDayAndTheRestAreInProgress() {
        Invoice first = invoice("1000.00", LocalDate.of(2026, 12, 3));
        PackageProgress progress = perMilestone(first, null, null, null);

        Component panel = PackagePanel.of(progress, first.id());

        assertThat(text(panel, "package-title")).isEqualTo("Package: Brand identity");
        assertThat(text(panel, "package-milestone-1-delivery")).isEqualTo("Delivered 3 December 2026");
        assertThat(text(panel, "package-milestone-2-delivery")).isEqualTo("In progress");
        assertThat(text(panel, "package-milestone-1")).startsWith("1. Discovery");
        assertThat(text(panel, "package-milestone-4")).startsWith("4. Brand guide");
    }

    @Test
    void aCancelledPackageSaysSoWithTheReasonAndWhatWasNotDeliveredIsNeverInProgress() {
        Invoice first = paid(invoice("1000.00", LocalDate.of(2026, 12, 3)));
        PackageProgress progress = perMilestone(first, null, null, null);
        progress.deal().cancel("The launch moved to next year", NOW);

        Component panel = PackagePanel.of(progress, first.id());

        assertThat(text(panel, "package-cancelled")).isEqualTo("This package was called off: The launch moved to next"
                + " year. What was not delivered is not invoiced.");
        assertThat(text(panel, "package-milestone-1-delivery")).isEqualTo("Delivered 3 December 2026");
        assertThat(text(panel, "package-milestone-2-delivery")).isEqualTo("Not delivered");
        assertThat(text(panel, "package-milestone-2-invoice")).isEqualTo("Not invoiced");
        assertThat(text(panel, "package-paid")).isEqualTo("Everything delivered is paid.");
        assertThat(find(PackagePanel.of(perMilestone(first, null, null, null), first.id()), "package-cancelled"))
                .as("only a cancelled package says so").isEmpty();
    }

    @Test
    void perMilestoneEachShareSaysWhetherItsInvoiceIsPaidToPayOrNotYetMade() {
        Invoice first = paid(invoice("1000.00", LocalDate.of(2026, 12, 1)));
        Invoice second = invoice("1000.00", LocalDate.of(2026, 12, 8));

        Component panel = PackagePanel.of(perMilestone(first, second, null, null), second.id());

        assertThat(text(panel, "package-summary")).isEqualTo("EUR 4,000.00 in all plus 19% VAT, billed per milestone on delivery");
        assertThat(text(panel, "package-milestone-1-share")).isEqualTo("EUR 1,000.00");
        assertThat(text(panel, "package-milestone-1-invoice")).isEqualTo("Paid");
        assertThat(text(panel, "package-milestone-2-invoice")).isEqualTo("EUR 1,190.00 to pay");
        assertThat(text(panel, "package-milestone-3-invoice")).isEqualTo("Not invoiced yet");
    }

    @Test
    void theInvoiceOnThePageIsMarkedAndNoOtherIs() {
        Invoice first = paid(invoice("1000.00", LocalDate.of(2026, 12, 1)));
        Invoice second = invoice("1000.00", LocalDate.of(2026, 12, 8));

        Component panel = PackagePanel.of(perMilestone(first, second, null, null), second.id());

        assertThat(text(panel, "package-milestone-2")).contains("This invoice");
        assertThat(text(panel, "package-milestone-1")).doesNotContain("This invoice");
        assertThat(text(panel, "package-summary")).doesNotContain("This invoice");
    }

    @Test
    void aPartlyPaidOrOverdueInvoiceSaysWhatIsLeftToPay() {
        Invoice first = invoice("1000.00", LocalDate.of(2026, 11, 1));
        Invoice second = invoice("1000.00", LocalDate.of(2026, 12, 8));
        second.receivePayment(Money.of("500.00", EUR), NOW);

        Component panel = PackagePanel.of(perMilestone(first, second, null, null), second.id());

        assertThat(text(panel, "package-milestone-1-invoice")).isEqualTo("EUR 1,190.00 to pay, overdue");
        assertThat(text(panel, "package-milestone-2-invoice")).isEqualTo("EUR 690.00 to pay (EUR 500.00 paid)");
    }

    @Test
    void theTotalsCountDeliveriesAndWhatIsPaidOfWhatWasInvoicedTaxIncluded() {
        Invoice first = paid(invoice("1000.00", LocalDate.of(2026, 12, 1)));
        Invoice second = invoice("1000.00", LocalDate.of(2026, 12, 8));

        Component panel = PackagePanel.of(perMilestone(first, second, null, null), second.id());

        assertThat(text(panel, "package-totals"))
                .isEqualTo("2 of 4 milestones delivered · EUR 1,190.00 paid of EUR 2,380.00 invoiced");
        assertThat(find(panel, "package-paid")).isEmpty();
    }

    @Test
    void whenAllThatWasDeliveredIsPaidThePanelSaysSoButNotThatThePackageIsPaid() {
        Invoice first = paid(invoice("1000.00", LocalDate.of(2026, 12, 1)));
        Invoice second = paid(invoice("1000.00", LocalDate.of(2026, 12, 8)));

        Component panel = PackagePanel.of(perMilestone(first, second, null, null), second.id());

        assertThat(text(panel, "package-totals"))
                .isEqualTo("2 of 4 milestones delivered · EUR 2,380.00 paid of EUR 2,380.00 invoiced");
        assertThat(text(panel, "package-paid")).isEqualTo(
                "Everything delivered so far is paid. The rest is invoiced as it is delivered.");
    }

    @Test
    void aPackageDeliveredAndPaidInFullSaysSo() {
        List<Invoice> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(paid(invoice("1000.00", LocalDate.of(2026, 12, 1 + i))));
        }
        PackageProgress progress = perMilestone(all.get(0), all.get(1), all.get(2), all.get(3));

        Component panel = PackagePanel.of(progress, all.get(3).id());

        assertThat(progress.paidInFull()).isTrue();
        assertThat(text(panel, "package-totals"))
                .isEqualTo("4 of 4 milestones delivered · EUR 4,760.00 paid of EUR 4,760.00 invoiced");
        assertThat(text(panel, "package-paid")).isEqualTo("Everything is delivered and paid in full. Thank you!");
    }

    @Test
    void byPlanTheOneInvoiceIsThisOneAndMilestonesOnlyTrackDelivery() {
        Invoice whole = invoice("6000.00", TODAY);
        PackageProgress progress = byPlan(whole, LocalDate.of(2026, 12, 3));

        Component panel = PackagePanel.of(progress, whole.id());

        assertThat(text(panel, "package-summary")).isEqualTo("EUR 6,000.00 in all plus 19% VAT, billed as one invoice, "
                + "payable at once or by a plan This invoice");
        assertThat(text(panel, "package-milestone-1-delivery")).isEqualTo("Delivered 3 December 2026");
        assertThat(find(panel, "package-milestone-1-share")).isEmpty();
        assertThat(find(panel, "package-milestone-1-invoice")).isEmpty();
        assertThat(text(panel, "package-totals"))
                .isEqualTo("1 of 4 milestones delivered · EUR 0.00 paid of EUR 7,140.00 invoiced");
        assertThat(find(panel, "package-paid")).isEmpty();
    }

    @Test
    void byPlanPaidBeforeTheWorkIsDoneIsPaidInFullWithoutClaimingDelivery() {
        Invoice whole = paid(invoice("6000.00", TODAY));

        Component panel = PackagePanel.of(byPlan(whole, LocalDate.of(2026, 12, 3)), whole.id());

        assertThat(text(panel, "package-paid")).isEqualTo(
                "The package is paid in full. The milestones still in progress need nothing more from you.");
    }

    /** The package billed per milestone, each given milestone delivered with its invoice, the others in progress. */
    private PackageProgress perMilestone(Invoice... invoices) {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            Invoice invoice = invoices[i];
            milestones.add(new Milestone(i + 1, STEPS.get(i), new BigDecimal("1000.00"),
                    invoice == null ? null : invoice.issueDate(), invoice == null ? null : invoice.id()));
        }
        return progress(deal(PackageBilling.PER_MILESTONE, "4000.00", milestones, null));
    }

    /** The package billed as one invoice, its first milestone delivered on {@code delivered}. */
    private PackageProgress byPlan(Invoice whole, LocalDate delivered) {
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            milestones.add(new Milestone(i + 1, STEPS.get(i), null, i == 0 ? delivered : null, null));
        }
        return progress(deal(PackageBilling.BY_PLAN, "6000.00", milestones, whole.id()));
    }

    private static PackageDeal deal(PackageBilling billing, String price, List<Milestone> milestones, InvoiceId invoice) {
        return new PackageDeal(PackageDealId.newId(), CLIENT, null, "Brand identity", EUR, new BigDecimal(price),
                new BigDecimal("19"), "VAT", 14, null, billing, milestones, invoice, NOW, NOW, null);
    }

    /** Added up as {@code PackageSelling} does, with each invoice's status on the client's day. */
    private PackageProgress progress(PackageDeal deal) {
        List<PackageProgress.Billed> billed = deal.invoices().stream()
                .map(id -> new PackageProgress.Billed(issued.get(id), issued.get(id).statusOn(TODAY))).toList();
        List<PackageProgress.Step> steps = deal.milestones().stream().map(m -> new PackageProgress.Step(m,
                m.invoice().flatMap(id -> billed.stream().filter(b -> b.invoice().id().equals(id)).findFirst()))).toList();
        Money invoiced = Money.zero(EUR);
        Money paid = Money.zero(EUR);
        Money open = Money.zero(EUR);
        for (PackageProgress.Billed b : billed) {
            invoiced = invoiced.plus(b.invoice().total());
            paid = paid.plus(b.paid());
            open = open.plus(b.open());
        }
        return new PackageProgress(deal, steps, billed, invoiced, paid, open);
    }

    /** An issued invoice of one package line plus 19% VAT, due 14 days after {@code issuedOn}. */
    private Invoice invoice(String net, LocalDate issuedOn) {
        InvoiceLine line = InvoiceLine.of("Brand identity", "1", net).withTax("19", "VAT");
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, CLIENT, null, null,
                new InvoiceContent(EUR, new InvoiceLines(List.of(line)), "Brand identity", null, 14, true, null), NOW);
        invoice.issue("2026-" + (issued.size() + 1), issuedOn, "ada@engines.test", NOW);
        issued.put(invoice.id(), invoice);
        return invoice;
    }

    private static Invoice paid(Invoice invoice) {
        invoice.receivePayment(invoice.balance(), NOW);
        return invoice;
    }

    private static String text(Component root, String id) {
        return find(root, id).orElseThrow(() -> new AssertionError("No " + id)).getElement().getTextRecursively();
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(Optional::stream).findFirst();
    }
}
