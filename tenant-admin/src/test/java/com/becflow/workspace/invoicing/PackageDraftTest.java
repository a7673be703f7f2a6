package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.client;
import static com.becflow.workspace.invoicing.InvoiceFixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal.MilestoneDraft;
import com.becflow.invoicing.packages.app.SavePackageDeal;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The package form's working copy on its own: the command it makes, and the line on whether the shares add up. */
class PackageDraftTest {

    private final Client acme = client("Ada Lovelace", "EUR");

    @Test
    void typedValuesBecomeTheOfferCommandWithBlanksLeftToTheService() {
        PackageDraft draft = draft(PackageBilling.PER_MILESTONE, "6000", "2000", "4000");
        draft.setTaxRate(new BigDecimal("19"));
        draft.setTaxName("  ");
        draft.setNotes("");

        assertThat(draft.toCommand()).isEqualTo(new SavePackageDeal(acme.id(), null, null, "Brand identity",
                new BigDecimal("6000"), new BigDecimal("19"), null, null, null, PackageBilling.PER_MILESTONE,
                List.of(new MilestoneDraft("Milestone 1", new BigDecimal("2000")),
                        new MilestoneDraft("Milestone 2", new BigDecimal("4000")))));
    }

    @Test
    void billedByAPlanTheSharesStillTypedAreNotSentButKept() {
        PackageDraft draft = draft(PackageBilling.BY_PLAN, "6000", "2000", "4000");

        assertThat(draft.toCommand().milestones()).extracting(MilestoneDraft::amount).containsExactly(null, null);
        assertThat(draft.toCommand().milestones()).extracting(MilestoneDraft::title)
                .containsExactly("Milestone 1", "Milestone 2");
        assertThat(draft.getMilestones()).extracting(MilestoneDraft::amount).as("kept for switching back")
                .containsExactly(new BigDecimal("2000"), new BigDecimal("4000"));
        assertThat(draft.sharesLine()).as("no shares to add up").isEmpty();
    }

    @Test
    void theSharesLineSaysWhetherTheyAddUpToThePrice() {
        assertThat(draft(PackageBilling.PER_MILESTONE, "6000", "2000", "4000.00").sharesLine())
                .contains("Shares add up to EUR 6,000.00, the price.");
        assertThat(draft(PackageBilling.PER_MILESTONE, "6000", "2000", "3000").sharesLine())
                .contains("Shares add up to EUR 5,000.00: EUR 1,000.00 short of the price of EUR 6,000.00.");
        assertThat(draft(PackageBilling.PER_MILESTONE, "6000", "2500", "4000").sharesLine())
                .contains("Shares add up to EUR 6,500.00: EUR 500.00 over the price of EUR 6,000.00.");
    }

    @Test
    void aRowWithoutAShareAddsNothingAndAMissingPriceIsNamed() {
        assertThat(draft(PackageBilling.PER_MILESTONE, "6000", "2000", null).sharesLine())
                .contains("Shares add up to EUR 2,000.00: EUR 4,000.00 short of the price of EUR 6,000.00.");
        assertThat(draft(PackageBilling.PER_MILESTONE, null, "2000", "1000").sharesLine())
                .contains("Shares add up to EUR 3,000.00; give the price to compare them with.");
    }

    @Test
    void theSharesAreInTheContractsCurrencyElseTheClientsAndPlainBeforeEither() {
        PackageDraft draft = draft(PackageBilling.PER_MILESTONE, "6000", "6000");
        draft.setContract(contract(acme, "9000", "USD", 14));
        assertThat(draft.sharesLine()).contains("Shares add up to USD 6,000.00, the price.");

        draft.setContract(null);
        draft.setClient(null);
        assertThat(draft.sharesLine()).contains("Shares add up to 6,000.00, the price.");
    }

    private PackageDraft draft(PackageBilling billing, String price, String... shares) {
        PackageDraft d = new PackageDraft();
        d.setClient(acme);
        d.setTitle("Brand identity");
        d.setPrice(price == null ? null : new BigDecimal(price));
        d.setBilling(billing);
        d.setMilestones(IntStream.range(0, shares.length).mapToObj(i -> new MilestoneDraft(
                "Milestone " + (i + 1), shares[i] == null ? null : new BigDecimal(shares[i]))).toList());
        return d;
    }
}
