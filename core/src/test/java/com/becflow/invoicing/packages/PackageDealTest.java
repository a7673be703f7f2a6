package com.becflow.invoicing.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PackageDealTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void sharesMustAddUpToThePriceExactlyWhenBilledPerMilestone() {
        assertThat(PackageDeal.problems("Brand identity", EUR, new BigDecimal("6000"), PackageBilling.PER_MILESTONE,
                List.of(draft("Logo", "2000.00"), draft("Website", "4000")))).isEmpty();
        assertThat(PackageDeal.problems("Brand identity", EUR, new BigDecimal("6000"), PackageBilling.PER_MILESTONE,
                List.of(draft("Logo", "2000.00"), draft("Website", "3999.99"))))
                .containsExactly(java.util.Map.entry("milestones",
                        "The milestones add up to EUR 5,999.99, not to the price of EUR 6,000.00"));
    }

    @Test
    void eachFieldAtFaultIsNamedAndAShareFinerThanTheCurrencyIsRefused() {
        assertThat(PackageDeal.problems(" ", JPY, new BigDecimal("500.5"), PackageBilling.PER_MILESTONE,
                List.of(draft("", "100"), draft("Website", "0.5"), draft("Guide", null))).keySet())
                .containsExactly("title", "price", "milestones[0].title", "milestones[1].amount", "milestones[2].amount");
        assertThat(PackageDeal.problems("Launch", EUR, BigDecimal.TEN, null, List.of(draft("Step", null))))
                .containsOnlyKeys("billing");
        assertThat(PackageDeal.problems("Launch", EUR, BigDecimal.TEN, PackageBilling.BY_PLAN, List.of()))
                .containsEntry("milestones", "Add at least one milestone");
        assertThat(PackageDeal.problems("Launch", EUR, BigDecimal.TEN, PackageBilling.BY_PLAN,
                Collections.nCopies(PackageDeal.MAX_MILESTONES + 1, draft("Step", null))))
                .containsEntry("milestones", "At most 20 milestones");
        assertThat(PackageDeal.problems("Launch", EUR, BigDecimal.TEN, PackageBilling.BY_PLAN,
                List.of(draft("Strategy", "10")))).containsOnlyKeys("milestones[0].amount");
        assertThat(PackageDeal.problems("x".repeat(PackageDeal.TITLE_LENGTH + 1), EUR, new BigDecimal("-1"),
                PackageBilling.BY_PLAN, List.of(draft("Step", null)))).containsOnlyKeys("title", "price");
    }

    @Test
    void aMilestoneIsDeliveredOnceWithTheInvoiceItsDeliveryIssued() {
        PackageDeal deal = perMilestone();
        InvoiceId invoice = new InvoiceId(UUID.randomUUID());
        LocalDate day = LocalDate.of(2026, 12, 3);

        Milestone delivered = deal.deliver(2, day, invoice, NOW);

        assertThat(delivered.deliveredOn()).isEqualTo(day);
        assertThat(deal.milestone(2).invoice()).contains(invoice);
        assertThat(deal.invoices()).containsExactly(invoice);
        assertThat(deal.deliveredCount()).isEqualTo(1);
        assertThat(deal.delivered()).isFalse();
        assertThatThrownBy(() -> deal.deliver(2, day, null, NOW)).isInstanceOf(MilestoneConflict.class)
                .hasMessage("“Website” was delivered on 2026-12-03");
        assertThatThrownBy(() -> deal.deliver(3, day, null, NOW)).isInstanceOf(MilestoneNotFound.class)
                .hasMessage("The package has milestones 1 to 2, not 3");
        deal.deliver(1, day, new InvoiceId(UUID.randomUUID()), NOW);
        assertThat(deal.delivered()).isTrue();
    }

    @Test
    void aCancelledPackageDeliversNothingMoreAndIsCancelledOnce() {
        PackageDeal deal = perMilestone();
        deal.deliver(1, LocalDate.of(2026, 12, 3), new InvoiceId(UUID.randomUUID()), NOW);

        deal.cancel("  The client's launch was called off ", NOW.plusSeconds(60));

        assertThat(deal.cancellation()).hasValue(new PackageDeal.Cancellation(NOW.plusSeconds(60),
                "The client's launch was called off"));
        assertThat(deal.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> deal.deliver(2, LocalDate.of(2026, 12, 4), null, NOW)).isInstanceOf(MilestoneConflict.class)
                .hasMessage("The package is cancelled: nothing more of it is delivered or invoiced");
        assertThatThrownBy(() -> deal.cancel(null, NOW)).isInstanceOf(MilestoneConflict.class)
                .hasMessage("The package was cancelled already");
        assertThat(deal.milestone(2).delivered()).isFalse();
    }

    @Test
    void aDeliveryMarkedByMistakeIsTakenBackWithoutItsInvoiceAndCanBeMadeAgain() {
        PackageDeal deal = perMilestone();
        InvoiceId first = new InvoiceId(UUID.randomUUID());
        deal.deliver(2, LocalDate.of(2026, 12, 3), first, NOW);

        Milestone taken = deal.undoDelivery(2, NOW.plusSeconds(60));

        assertThat(taken.invoice()).as("the invoice to void").contains(first);
        assertThat(deal.milestone(2).delivered()).isFalse();
        assertThat(deal.milestone(2).invoice()).isEmpty();
        assertThat(deal.invoices()).isEmpty();
        assertThatThrownBy(() -> deal.undoDelivery(2, NOW)).isInstanceOf(MilestoneConflict.class)
                .hasMessage("“Website” is not delivered");
        deal.deliver(2, LocalDate.of(2026, 12, 4), new InvoiceId(UUID.randomUUID()), NOW);
        deal.cancel(null, NOW);
        assertThat(deal.delivered()).isFalse();
        assertThatThrownBy(() -> deal.undoDelivery(2, NOW)).isInstanceOf(MilestoneConflict.class)
                .hasMessageStartingWith("The package is cancelled");
    }

    @Test
    void aPackageDeliveredInFullOrAReasonTooLongIsNotCancelled() {
        PackageDeal delivered = perMilestone();
        delivered.deliver(1, LocalDate.of(2026, 12, 3), new InvoiceId(UUID.randomUUID()), NOW);
        delivered.deliver(2, LocalDate.of(2026, 12, 3), new InvoiceId(UUID.randomUUID()), NOW);
        assertThatThrownBy(() -> delivered.cancel(null, NOW)).isInstanceOf(MilestoneConflict.class)
                .hasMessageStartingWith("Every milestone is delivered");

        PackageDeal running = perMilestone();
        assertThatThrownBy(() -> running.cancel("x".repeat(501), NOW)).isInstanceOf(InvalidPackageDeal.class);
        running.cancel(" ", NOW);
        assertThat(running.cancellation().orElseThrow().reason()).as("a blank reason is none").isNull();
    }

    @Test
    void itsInvoiceLinesNameThePackageAndCarryItsTax() {
        PackageDeal perMilestone = perMilestone();
        assertThat(perMilestone.milestoneLine(perMilestone.milestone(1)).description()).isEqualTo("Brand identity: Logo");
        assertThat(perMilestone.milestoneLine(perMilestone.milestone(1)).net(EUR)).isEqualTo(Money.of("2000.00", EUR));
        assertThat(perMilestone.milestoneLine(perMilestone.milestone(1)).tax(EUR)).isEqualTo(Money.of("380.00", EUR));

        PackageDeal byPlan = PackageDeal.offer(new ClientId(UUID.randomUUID()), null, "Launch", EUR,
                new BigDecimal("4000"), null, null, null, null, PackageBilling.BY_PLAN,
                List.of(draft("Strategy", "1"), draft("x".repeat(600), null)), NOW);
        assertThat(byPlan.milestones()).allSatisfy(m -> assertThat(m.amount()).as("no shares by a plan").isNull());
        assertThat(byPlan.priceLine().description()).startsWith("Launch: Strategy, xxx").hasSize(500).endsWith("…");
        assertThat(byPlan.invoices()).isEmpty();
        byPlan.billedBy(new InvoiceId(UUID.randomUUID()), NOW);
        assertThat(byPlan.invoices()).hasSize(1);
    }

    private static PackageDeal perMilestone() {
        return PackageDeal.offer(new ClientId(UUID.randomUUID()), null, " Brand identity ", EUR, new BigDecimal("6000"),
                new BigDecimal("19"), "VAT", null, null, PackageBilling.PER_MILESTONE,
                List.of(draft("Logo", "2000"), draft("Website", "4000")), NOW);
    }

    private static PackageDeal.MilestoneDraft draft(String title, String amount) {
        return new PackageDeal.MilestoneDraft(title, amount == null ? null : new BigDecimal(amount));
    }
}
