package com.becflow.invoicing.statements.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.StatementRendering;
import com.becflow.invoicing.statements.AccountStatement;
import com.becflow.invoicing.statements.ClientAccounts;
import com.becflow.invoicing.statements.StatementFile;
import com.becflow.invoicing.statements.StatementPeriod;
import com.becflow.shared.documents.PdfRenderer;
import com.becflow.shared.documents.Sha256;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A client's statement of account as a PDF, for the freelancer (API, workspace) and for the client (their home in the
 * portal): read from the ledger as it stands whenever asked, dated on the tenant's calendar, in the invoices' branding.
 */
@ApplicationScoped
@Transactional
public class ClientStatements {

    private final ClientAccounts accounts;
    private final ClientService clients;
    private final Invoices invoices;
    private final TenantRegistry tenants;
    private final PdfRenderer pdf;
    private final Clock clock;

    @Inject
    public ClientStatements(ClientAccounts accounts, ClientService clients, Invoices invoices, TenantRegistry tenants,
                            PdfRenderer pdf, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.invoices = invoices;
        this.tenants = tenants;
        this.pdf = pdf;
        this.clock = clock;
    }

    protected ClientStatements() {
        this(null, null, null, null, null, null);
    }

    /** The period named by the request's {@code from} and {@code to} (either may be left out), on the tenant's calendar. */
    public StatementPeriod period(String from, String to, TenantContext ctx) {
        return StatementPeriod.parse(from, to, today(ctx));
    }

    /** The client's statement over the period; another tenant's client is not found. */
    public StatementFile pdf(ClientId id, StatementPeriod period, TenantContext ctx) {
        Client client = clients.get(id, ctx);
        AccountStatement statement = AccountStatement.of(period, accounts.movements(ctx.tenant(), client.id(), ctx.zone()));
        Tenant tenant = tenants.recent(ctx.tenant());
        String html = StatementRendering.statement(statement, InvoiceParties.of(tenant, client),
                invoices.settings(ctx.tenant()).branding(), today(ctx));
        byte[] bytes = pdf.render(InvoiceRendering.pdfPage(html, "Statement of account, " + period.from() + " to "
                + period.to()));
        return new StatementFile(bytes, Sha256.hex(bytes), "statement-" + period.from() + "-to-" + period.to() + ".pdf");
    }

    private LocalDate today(TenantContext ctx) {
        return ctx.today(clock);
    }
}
