package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The freelancer chooses where the sync posts in their books: the sales account, the bank account for money received,
 * the books' tax rate for each tax rate their invoices use, and optionally an item. The books are read for what they
 * offer; what is chosen is checked against it and kept with the connection. A choice applies to what is pushed from
 * then on: twins in the books already keep how they were posted (an accountant may have recoded them there).
 */
@ApplicationScoped
public class BooksAccountsChoice {

    /** What the books offer, what is chosen now (with defaults for rates not chosen yet), and the rates in use. */
    public record Chosen(BooksVendor vendor, BooksChoices offered, BooksAccounts accounts,
                         List<BigDecimal> ratesInUse) {
    }

    private final BooksGateways gateways;
    private final BooksSyncSteps steps;

    @Inject
    public BooksAccountsChoice(BooksGateways gateways, BooksSyncSteps steps) {
        this.gateways = gateways;
        this.steps = steps;
    }

    protected BooksAccountsChoice() {
        this(null, null);
    }

    /** Read from the books now; a tax rate in use without a choice shows the books' rate of the same percentage. */
    public Chosen read(TenantContext ctx, BooksVendor vendor) {
        BooksGateway gateway = gateway(vendor);
        BooksConnection connection = live(ctx.tenant(), gateway);
        BooksChoices offered = offered(ctx.tenant(), gateway, connection);
        SortedSet<BigDecimal> rates = ratesInUse(ctx.tenant());
        rates.addAll(connection.accounts().taxRates().keySet());
        return new Chosen(vendor, offered, offered.withDefaultTaxRates(connection.accounts(), rates),
                List.copyOf(rates));
    }

    /**
     * Keeps the choice for the passes to come.
     *
     * @throws BooksAccountsRefused when the books do not offer an account, item or tax rate chosen
     */
    public Chosen choose(TenantContext ctx, BooksVendor vendor, BooksAccounts chosen) {
        ctx.requireWritable();
        BooksGateway gateway = gateway(vendor);
        BooksConnection connection = live(ctx.tenant(), gateway);
        BooksChoices offered = offered(ctx.tenant(), gateway, connection);
        var unknown = offered.unknown(chosen);
        if (!unknown.isEmpty()) {
            throw new BooksAccountsRefused(vendor, unknown);
        }
        steps.choseAccounts(ctx.tenant(), vendor, chosen, describe(offered, chosen));
        SortedSet<BigDecimal> rates = ratesInUse(ctx.tenant());
        rates.addAll(chosen.taxRates().keySet());
        return new Chosen(vendor, offered, chosen, List.copyOf(rates));
    }

    /**
     * The accounts a new connection posts to: the books' defaults, with the books' tax rate of the same percentage
     * for each rate the workspace's invoices use.
     */
    BooksAccounts withDefaultTaxRates(TenantId tenant, BooksGateway gateway, BooksConnection connection) {
        try {
            return gateway.choices(connection.session()).withDefaultTaxRates(connection.accounts(), ratesInUse(tenant));
        } catch (BooksRefused | BooksUnavailable | UnsupportedOperationException e) {
            // Connecting does not wait on tax rates: lines go without one until the freelancer chooses.
            return connection.accounts();
        }
    }

    /** The tax rates of the lines of issued invoices, 0 % for lines without tax. */
    SortedSet<BigDecimal> ratesInUse(TenantId tenant) {
        SortedSet<BigDecimal> rates = new TreeSet<>();
        for (Invoice invoice : steps.issuedInvoices(tenant)) {
            for (InvoiceLine line : invoice.lines().items()) {
                rates.add(BooksAccounts.percent(line.taxRate()));
            }
        }
        return rates;
    }

    /** What the books offer now; their failures in the API's words, a refused access marking the connection revoked. */
    private BooksChoices offered(TenantId tenant, BooksGateway gateway, BooksConnection connection) {
        try {
            return gateway.choices(connection.session());
        } catch (BooksAccessRevoked e) {
            steps.revoked(tenant, gateway.vendor(), e.getMessage());
            throw new BooksNotConnected(gateway.vendor(), BooksNotConnected.Reason.NOT_CONNECTED);
        } catch (BooksUnavailable | BooksRefused e) {
            throw new BooksNotConnected(gateway.vendor(), BooksNotConnected.Reason.UNAVAILABLE);
        }
    }

    private BooksConnection live(TenantId tenant, BooksGateway gateway) {
        return steps.live(tenant, gateway, false)
                .orElseThrow(() -> new BooksNotConnected(gateway.vendor(), BooksNotConnected.Reason.NOT_CONNECTED));
    }

    private BooksGateway gateway(BooksVendor vendor) {
        return gateways.of(vendor)
                .orElseThrow(() -> new BooksNotConnected(vendor, BooksNotConnected.Reason.VENDOR_NOT_CONFIGURED));
    }

    private static String describe(BooksChoices offered, BooksAccounts chosen) {
        StringBuilder what = new StringBuilder("now posting sales to ")
                .append(name(offered.salesAccounts(), chosen.salesAccount()))
                .append(", money received to ").append(name(offered.bankAccounts(), chosen.bankAccount()));
        chosen.itemChosen().ifPresent(item -> what.append(", lines as item ").append(name(offered.items(), item)));
        chosen.taxRates().forEach((percent, id) -> what.append(", ").append(percent.toPlainString()).append(" % as ")
                .append(offered.taxRates().stream().filter(r -> r.id().equals(id)).map(BooksChoices.TaxRate::name)
                        .findFirst().orElse(id)));
        return what.toString();
    }

    private static String name(List<BooksChoices.Choice> offered, String id) {
        Optional<BooksChoices.Choice> found = BooksChoices.find(offered, id);
        return found.map(c -> c.name().startsWith(c.id()) ? c.name() : c.name() + " (" + c.id() + ")").orElse(id);
    }
}
