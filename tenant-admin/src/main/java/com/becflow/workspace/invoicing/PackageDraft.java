package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal.MilestoneDraft;
import com.becflow.invoicing.packages.app.SavePackageDeal;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The package form's working copy: what the freelancer typed, before the service decides. Every milestone row is kept
 * in the order shown, half-typed ones too, so that the service's error paths ({@code milestones[1].amount}) name the
 * row on the screen. The shares are hidden (not cleared) while the package is billed by a plan, and then not sent, so
 * switching back and forth loses nothing, yet the service never sees a share the person cannot see.
 */
public class PackageDraft {

    private Client client;
    private Contract contract;
    private String title = "";
    private BigDecimal price;
    private BigDecimal taxRate;
    private String taxName = "";
    private Integer netDays;
    private String notes = "";
    private PackageBilling billing = PackageBilling.PER_MILESTONE;
    private List<MilestoneDraft> milestones = new ArrayList<>(List.of(new MilestoneDraft("", null)));

    /** The currency is left to the service, which takes the contract's, else the client's, as it does for invoices. */
    public SavePackageDeal toCommand() {
        boolean shares = billing == PackageBilling.PER_MILESTONE;
        return new SavePackageDeal(client == null ? null : client.id(), contract == null ? null : contract.id(), null,
                title, price, taxRate, blankAsNull(taxName), netDays, blankAsNull(notes), billing,
                milestones.stream().map(m -> new MilestoneDraft(m.title(), shares ? m.amount() : null)).toList());
    }

    /** The currency the package's invoices would be in: the contract's, else the client's. */
    public Optional<Currency> currencyInEffect() {
        if (contract != null) {
            return Optional.of(contract.fee().currency());
        }
        return client == null ? Optional.empty() : Optional.of(client.currency());
    }

    /** What the typed shares add up to; a row still without a share adds nothing yet. */
    public BigDecimal sharesTotal() {
        return milestones.stream().map(MilestoneDraft::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether the shares add up to the price, and if not by how much they miss it; empty while billed by a plan, where
     * milestones carry no share.
     */
    public Optional<String> sharesLine() {
        if (billing != PackageBilling.PER_MILESTONE) {
            return Optional.empty();
        }
        BigDecimal shares = sharesTotal();
        String sum = "Shares add up to " + amount(shares);
        if (price == null) {
            return Optional.of(sum + "; give the price to compare them with.");
        }
        int against = shares.compareTo(price);
        if (against == 0) {
            return Optional.of(sum + ", the price.");
        }
        String gap = amount(price.subtract(shares).abs());
        return Optional.of(sum + ": " + gap + (against < 0 ? " short of" : " over") + " the price of " + amount(price)
                + ".");
    }

    /** With its code once the currency is known; until then, as typed. */
    private String amount(BigDecimal value) {
        return currencyInEffect().map(c -> MoneyText.of(new Money(value, c)))
                .orElseGet(() -> MoneyText.number(value, Math.max(2, value.stripTrailingZeros().scale())));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Client getClient() { return client; }
    public void setClient(Client v) { client = v; }
    public Contract getContract() { return contract; }
    public void setContract(Contract v) { contract = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public BigDecimal getPrice() { return price; }
    public void setPrice(BigDecimal v) { price = v; }
    public BigDecimal getTaxRate() { return taxRate; }
    public void setTaxRate(BigDecimal v) { taxRate = v; }
    public String getTaxName() { return taxName; }
    public void setTaxName(String v) { taxName = v; }
    /** Empty: the contract's payment terms, else the workspace's default. */
    public Integer getNetDays() { return netDays; }
    public void setNetDays(Integer v) { netDays = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public PackageBilling getBilling() { return billing; }
    public void setBilling(PackageBilling v) { billing = v; }
    /** Set from the milestone rows, which hold each row themselves; an empty share is a null, for the service to name. */
    public List<MilestoneDraft> getMilestones() { return milestones; }
    public void setMilestones(List<MilestoneDraft> v) { milestones = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
