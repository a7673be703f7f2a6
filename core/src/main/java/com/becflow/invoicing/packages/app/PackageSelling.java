package com.becflow.invoicing.packages.app;

import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoiceClosing;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.packages.InvalidPackageDeal;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.MilestoneConflict;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDealId;
import com.becflow.invoicing.packages.PackageDealNotFound;
import com.becflow.invoicing.packages.PackageDeals;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The freelancer's package deals: offered to a client for one price, billed per milestone as each is delivered or as
 * one invoice the client may pay by a plan, and read back with what is delivered and paid. Every invoice a package
 * makes is an ordinary invoice, checked, numbered, frozen and sent as any other.
 */
@ApplicationScoped
@Transactional
public class PackageSelling {

    private final PackageDeals deals;
    private final InvoiceDrafts drafts;
    private final InvoiceIssuing issuing;
    private final InvoiceQueries invoices;
    private final ClientService clients;
    private final InvoiceClosing closing;
    private final Clock clock;

    @Inject
    public PackageSelling(PackageDeals deals, InvoiceDrafts drafts, InvoiceIssuing issuing, InvoiceQueries invoices,
                          ClientService clients, InvoiceClosing closing, Clock clock) {
        this.deals = deals;
        this.drafts = drafts;
        this.issuing = issuing;
        this.invoices = invoices;
        this.clients = clients;
        this.closing = closing;
        this.clock = clock;
    }

    protected PackageSelling() {
        this(null, null, null, null, null, null, null);
    }

    /** A new package; billed by a plan, its one invoice is issued and sent with it. */
    public PackageDeal offer(SavePackageDeal command, TenantContext ctx) {
        ctx.requireWritable();
        Map<String, String> errors = new LinkedHashMap<>();
        InvoiceDrafts.Checked terms = terms(command, errors, ctx);
        errors.putAll(PackageDeal.problems(command.title(), terms == null ? null : terms.content().currency(),
                command.price(), command.billing(), command.milestones()));
        if (!errors.isEmpty()) {
            throw new InvalidPackageDeal(errors);
        }
        PackageDeal deal = PackageDeal.offer(terms.client().id(), terms.contract() == null ? null : terms.contract().id(),
                command.title(), terms.content().currency(), command.price(), command.taxRate(), command.taxName(),
                command.netDays(), command.notes(), command.billing(), command.milestones(), clock.instant());
        if (deal.billing() == PackageBilling.BY_PLAN) {
            deal.billedBy(issue(deal, deal.priceLine(), "package " + deal.id(), ctx).id(), clock.instant());
        } else {
            invoiceable(deal, deal.milestones().stream().map(deal::milestoneLine).toList(), ctx);
        }
        deals.add(ctx.tenant(), deal);
        return deal;
    }

    /**
     * Marks a milestone delivered today (the workspace's day); billed per milestone, its invoice is issued and sent in
     * the same transaction, so a milestone is never delivered without its invoice nor invoiced twice.
     */
    public PackageDeal deliver(PackageDealId id, int position, TenantContext ctx) {
        ctx.requireWritable();
        PackageDeal deal = deals.lock(ctx.tenant(), id).orElseThrow(() -> new PackageDealNotFound(id));
        Milestone milestone = deal.undelivered(position);
        InvoiceId invoice = deal.billing() == PackageBilling.PER_MILESTONE
                ? issue(deal, deal.milestoneLine(milestone), "milestone " + position + " of package " + id, ctx).id()
                : null;
        deal.deliver(position, ctx.today(clock), invoice, clock.instant());
        deals.update(ctx.tenant(), deal);
        return deal;
    }

    /**
     * Takes back a delivery marked by mistake: the milestone is in progress again. Billed per milestone, the invoice its
     * delivery issued is voided in the same transaction (its links stop working), so it can be delivered and invoiced
     * anew later; one the client paid anything on, or that was credited, is refused: that money is for the freelancer
     * to refund or credit first.
     */
    public PackageDeal undoDelivery(PackageDealId id, int position, TenantContext ctx) {
        ctx.requireWritable();
        PackageDeal deal = deals.lock(ctx.tenant(), id).orElseThrow(() -> new PackageDealNotFound(id));
        Optional<Invoice> invoice = deal.milestone(position).invoice().map(i -> invoices.get(i, ctx));
        if (invoice.filter(i -> !i.ledger().untouched()).isPresent()) {
            throw new MilestoneConflict("package-deal.milestone.invoice-paid", "Its invoice "
                    + invoice.get().number().orElse("") + " has money on it: refund or credit it first");
        }
        deal.undoDelivery(position, clock.instant());
        deals.update(ctx.tenant(), deal);
        invoice.filter(i -> i.status().open()).ifPresent(i -> closing.voidInvoice(i.id(), ctx));
        return deal;
    }

    /**
     * Calls a package off: its undelivered milestones are never delivered or invoiced. Billed by a plan, its one invoice
     * is voided (its links stop working) when nothing was paid or credited on it; otherwise it stays, for the freelancer
     * to credit what the client no longer owes. The invoices of delivered milestones stay as they are: that work was done.
     */
    public PackageDeal cancel(PackageDealId id, String reason, TenantContext ctx) {
        ctx.requireWritable();
        PackageDeal deal = deals.lock(ctx.tenant(), id).orElseThrow(() -> new PackageDealNotFound(id));
        deal.cancel(reason, clock.instant());
        deals.update(ctx.tenant(), deal);
        if (deal.billing() == PackageBilling.BY_PLAN) {
            deal.invoice().map(i -> invoices.get(i, ctx)).filter(i -> i.status().open())
                    .filter(i -> i.ledger().untouched())
                    .ifPresent(i -> closing.voidInvoice(i.id(), ctx));
        }
        return deal;
    }

    /**
     * Every package, newest first (a client's when {@code client} is given), with where it stands. Each package's
     * invoices are read on their own: fine for the tens of packages a freelancer keeps.
     */
    public List<PackageProgress> overview(ClientId client, TenantContext ctx) {
        return deals.all(ctx.tenant(), client).stream().map(deal -> progress(deal, ctx)).toList();
    }

    public PackageDeal get(PackageDealId id, TenantContext ctx) {
        return deals.find(ctx.tenant(), id).orElseThrow(() -> new PackageDealNotFound(id));
    }

    public PackageProgress progress(PackageDealId id, TenantContext ctx) {
        return progress(get(id, ctx), ctx);
    }

    /** Where the package an invoice bills stands, for the client looking at that invoice; empty if it bills none. */
    public Optional<PackageProgress> progressOf(InvoiceId invoice, TenantContext ctx) {
        return deals.billedBy(ctx.tenant(), invoice).map(deal -> progress(deal, ctx));
    }

    private PackageProgress progress(PackageDeal deal, TenantContext ctx) {
        Map<InvoiceId, PackageProgress.Billed> billed = new LinkedHashMap<>();
        for (InvoiceId id : deal.invoices()) {
            Invoice invoice = invoices.get(id, ctx);
            billed.put(id, new PackageProgress.Billed(invoice, invoices.status(invoice, ctx)));
        }
        List<PackageProgress.Step> steps = new ArrayList<>();
        for (Milestone m : deal.milestones()) {
            steps.add(new PackageProgress.Step(m, m.invoice().map(billed::get)));
        }
        Money invoiced = Money.zero(deal.currency());
        Money paid = Money.zero(deal.currency());
        Money open = Money.zero(deal.currency());
        for (PackageProgress.Billed b : billed.values()) {
            if (b.status() == InvoiceStatus.VOID) {
                continue;
            }
            invoiced = invoiced.plus(b.invoice().total());
            paid = paid.plus(b.paid());
            open = open.plus(b.open());
        }
        return new PackageProgress(deal, steps, List.copyOf(billed.values()), invoiced, paid, open);
    }

    /**
     * The client, contract and currency the package's invoices will have, checked as a draft's are; then its tax, on
     * a line of its own, so a bad tax still leaves the currency known for checking the price.
     */
    private InvoiceDrafts.Checked terms(SavePackageDeal c, Map<String, String> errors, TenantContext ctx) {
        InvoiceDrafts.Checked terms;
        try {
            terms = drafts.check(invoice(c.clientId(), c, probe(null, null)), ctx);
        } catch (InvalidInvoice e) {
            errors.putAll(e.fieldErrors());
            return null;
        }
        if (c.taxRate() != null || c.taxName() != null) {
            try {
                drafts.check(invoice(c.clientId(), c, probe(c.taxRate(), c.taxName())), ctx);
            } catch (InvalidInvoice e) {
                e.fieldErrors().forEach((field, problem) -> {
                    if (field.startsWith("lines[0].tax")) {
                        errors.put(field.substring("lines[0].".length()), problem);
                    }
                });
            }
        }
        return terms;
    }

    private static InvoiceLine probe(BigDecimal taxRate, String taxName) {
        return new InvoiceLine("probe", BigDecimal.ONE, BigDecimal.ONE, null, taxRate, taxName);
    }

    /** Refuses a package some of whose invoices could not be issued (the total too large once taxed). */
    private void invoiceable(PackageDeal deal, List<InvoiceLine> lines, TenantContext ctx) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                drafts.check(invoice(deal, lines.get(i)), ctx);
            } catch (InvalidInvoice e) {
                errors.put("milestones[" + i + "].amount", String.join("; ", e.fieldErrors().values()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPackageDeal(errors);
        }
    }

    private Invoice issue(PackageDeal deal, InvoiceLine line, String what, TenantContext ctx) {
        Invoice invoice;
        try {
            invoice = drafts.create(invoice(deal, line), ctx);
        } catch (InvalidInvoice e) {
            throw new MilestoneConflict("package-deal.not-invoiceable", "The package's invoice cannot be made: "
                    + String.join("; ", e.fieldErrors().values()));
        }
        issuing.issue(invoice, clients.get(deal.clientId(), ctx), Actor.system(what), ctx);
        return invoice;
    }

    private static SaveInvoice invoice(PackageDeal deal, InvoiceLine line) {
        return new SaveInvoice(deal.clientId(), deal.contractId().orElse(null), deal.currency().getCurrencyCode(),
                List.of(line), deal.title(), deal.notes(), deal.netDays(), null, null);
    }

    private static SaveInvoice invoice(ClientId client, SavePackageDeal c, InvoiceLine line) {
        return new SaveInvoice(client, c.contractId(), c.currency(), List.of(line), null, c.notes(), c.netDays(), null, null);
    }
}
