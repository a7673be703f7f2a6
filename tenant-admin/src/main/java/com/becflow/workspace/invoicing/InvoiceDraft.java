package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceTotals;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.shared.money.InvoiceCurrency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The invoice form's working copy: what the freelancer typed, before the service decides. Every line is kept
 * in the order shown, half-typed ones too, so that the service's error paths ({@code lines[1].taxRate}) name
 * the row on the screen. A blank currency or due period is left to the service, which takes the contract's,
 * else the client's currency and the contract's, else the tenant's payment terms.
 */
public class InvoiceDraft {

    /** One line as typed; any field may be empty or out of range until the service has judged it. */
    public static class LineDraft {
        private String description = "";
        private BigDecimal quantity;
        private BigDecimal unitPrice;
        private BigDecimal discountPercent;
        private BigDecimal taxRate;
        private String taxName = "";

        public LineDraft() {
        }

        public LineDraft(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent,
                         BigDecimal taxRate, String taxName) {
            this.description = description;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.discountPercent = discountPercent;
            this.taxRate = taxRate;
            this.taxName = taxName;
        }

        public static LineDraft of(InvoiceLine line) {
            return new LineDraft(line.description(), plain(line.quantity()), plain(line.unitPrice()),
                    plain(line.discountPercent()), plain(line.taxRate()), line.taxName() == null ? "" : line.taxName());
        }

        public InvoiceLine toLine() {
            return new InvoiceLine(description, quantity, unitPrice, discountPercent, taxRate,
                    taxName == null || taxName.isBlank() ? null : taxName);
        }

        /** Quantity and price are there: the line can be summed even if the service would still refuse it. */
        boolean priced() {
            return quantity != null && unitPrice != null;
        }

        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal v) { quantity = v; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal v) { unitPrice = v; }
        public BigDecimal getDiscountPercent() { return discountPercent; }
        public void setDiscountPercent(BigDecimal v) { discountPercent = v; }
        public BigDecimal getTaxRate() { return taxRate; }
        public void setTaxRate(BigDecimal v) { taxRate = v; }
        public String getTaxName() { return taxName; }
        public void setTaxName(String v) { taxName = v; }
    }

    private Client client;
    private Contract contract;
    private String currency = "";
    private List<LineDraft> lines = new ArrayList<>(List.of(new LineDraft()));
    private String reference = "";
    private String notes = "";
    private Integer netDays;
    private boolean partialPayments;
    private BigDecimal minimumPayment;

    /** A draft as it stands, for editing; the client and contract are the ones it names. */
    public static InvoiceDraft of(Invoice invoice, Client client, Contract contract) {
        return of(invoice.content(), client, contract);
    }

    /** The fields of stored content (a draft's, or the invoice a recurring one issues), for editing. */
    public static InvoiceDraft of(InvoiceContent content, Client client, Contract contract) {
        InvoiceDraft d = new InvoiceDraft();
        d.client = client;
        d.contract = contract;
        d.currency = content.currency().getCurrencyCode();
        d.lines = new ArrayList<>(content.lines().items().stream().map(LineDraft::of).toList());
        d.reference = content.reference() == null ? "" : content.reference();
        d.notes = content.notes() == null ? "" : content.notes();
        d.netDays = content.netDays();
        d.partialPayments = content.partialPayments();
        d.minimumPayment = content.minimumPayment() == null ? null : plain(content.minimumPayment());
        return d;
    }

    /** A minimum is only sent with partial payments on: its field is hidden otherwise, whatever it still holds. */
    public SaveInvoice toCommand() {
        return new SaveInvoice(client == null ? null : client.id(), contract == null ? null : contract.id(),
                currency == null || currency.isBlank() ? null : currency.strip(), lineList(lines), reference, notes,
                netDays, partialPayments, partialPayments ? minimumPayment : null);
    }

    /** The currency the invoice would be in: the code typed, else the contract's, else the client's. */
    public Optional<Currency> currencyInEffect() {
        if (currency != null && !currency.isBlank()) {
            return InvoiceCurrency.parse(currency, problem -> { });
        }
        if (contract != null) {
            return Optional.of(contract.fee().currency());
        }
        return client == null ? Optional.empty() : Optional.of(client.currency());
    }

    public Optional<InvoiceTotals> totals() {
        return currencyInEffect().map(c -> totalsOf(lines, c));
    }

    /**
     * What the priced lines add up to, rounded once per line exactly as the invoice will be. A line still
     * missing its quantity or price adds nothing yet, and one whose rate cannot be read as a percentage at all
     * is left out until it is fixed: the preview never fails while someone types.
     */
    static InvoiceTotals totalsOf(List<LineDraft> lines, Currency currency) {
        List<InvoiceLine> priced = new ArrayList<>();
        for (LineDraft line : lines) {
            if (line.priced()) {
                InvoiceLine candidate = line.toLine();
                try {
                    InvoiceLines.of(candidate).totals(currency);
                    priced.add(candidate);
                } catch (ArithmeticException unreadableRate) {
                    // Leave it out; the service names the field when the draft is saved.
                }
            }
        }
        return new InvoiceLines(priced).totals(currency);
    }

    static List<InvoiceLine> lineList(List<LineDraft> lines) {
        return lines.stream().map(LineDraft::toLine).toList();
    }

    /** 1200.0000 as stored reads 1200 in the form, 12.5000 reads 12.5. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Client getClient() { return client; }
    public void setClient(Client v) { client = v; }
    public Contract getContract() { return contract; }
    public void setContract(Contract v) { contract = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    /** Set from the lines editor, which binds each line itself. */
    public List<LineDraft> getLines() { return lines; }
    public void setLines(List<LineDraft> v) { lines = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public Integer getNetDays() { return netDays; }
    public void setNetDays(Integer v) { netDays = v; }
    public boolean isPartialPayments() { return partialPayments; }
    public void setPartialPayments(boolean v) { partialPayments = v; }
    public BigDecimal getMinimumPayment() { return minimumPayment; }
    public void setMinimumPayment(BigDecimal v) { minimumPayment = v; }
}
