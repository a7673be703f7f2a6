package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDeal.MilestoneDraft;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the package list and the package's page say about a package, without a server. */
class PackagePagesTest {

    @Test
    void aRowCountsTheDeliveredMilestonesAndWhatIsPaidOfWhatWasInvoiced() {
        PackageDeal deal = PackageDeliveryTest.deal(PackageBilling.PER_MILESTONE);
        assertThat(PackageListView.deliveredText(deal)).isEqualTo("0 of 2 delivered");
        assertThat(PackageListView.paidText(progress(deal, "0", "0", "0"))).isEqualTo("Nothing invoiced yet");

        deal.deliver(1, LocalDate.of(2027, 1, 4), InvoiceId.newId(), NOW);

        assertThat(PackageListView.deliveredText(deal)).isEqualTo("1 of 2 delivered");
        deal.cancel("The launch moved", NOW);
        assertThat(PackageListView.deliveredText(deal)).isEqualTo("1 of 2 delivered · cancelled");
        assertThat(PackageView.cancelledText(deal.cancellation().orElseThrow(), ZoneId.of("Europe/Berlin")))
                .isEqualTo("Cancelled on 4 Jan 2027: The launch moved. Milestones not delivered are never delivered or"
                        + " invoiced.");
        assertThat(PackageListView.paidText(progress(deal, "2380", "1000", "1380")))
                .isEqualTo("EUR 1,000.00 of EUR 2,380.00");
    }

    @Test
    void thePageSumsUpThePriceWithItsTaxAndTheInvoicesTaxIncluded() {
        PackageDeal deal = PackageDeal.offer(ClientId.newId(), null, "Brand identity", Currency.getInstance("EUR"),
                new BigDecimal("6000"), new BigDecimal("19"), "VAT", null, null, PackageBilling.BY_PLAN,
                List.of(new MilestoneDraft("Logo", null)), NOW);

        assertThat(PackageView.summaryText(deal)).isEqualTo("Price EUR 6,000.00 before tax, plus VAT 19% · One invoice,"
                + " paid at once or by a plan · 0 of 1 delivered");
        assertThat(PackageView.totalsText(progress(deal, "7140", "2000", "5140")))
                .isEqualTo("Invoiced EUR 7,140.00 · Paid EUR 2,000.00 · Open EUR 5,140.00");
    }

    @Test
    void offeringByAPlanTellsTheFreelancerItsInvoiceWasSent() {
        assertThat(PackageListView.offeredText(PackageDeliveryTest.deal(PackageBilling.BY_PLAN)))
                .isEqualTo("Package offered: its invoice for the whole price was issued and sent to the client");
        assertThat(PackageListView.offeredText(PackageDeliveryTest.deal(PackageBilling.PER_MILESTONE)))
                .isEqualTo("Package offered: each milestone is invoiced when you mark it delivered");
    }

    private static PackageProgress progress(PackageDeal deal, String invoiced, String paid, String open) {
        return new PackageProgress(deal, List.of(), List.of(), Money.of(invoiced, "EUR"), Money.of(paid, "EUR"),
                Money.of(open, "EUR"));
    }
}
