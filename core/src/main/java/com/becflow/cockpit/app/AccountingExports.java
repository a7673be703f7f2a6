package com.becflow.cockpit.app;

import static com.becflow.cockpit.ExportTable.amount;
import static com.becflow.cockpit.ExportTable.day;
import static com.becflow.cockpit.ExportTable.flag;
import static com.becflow.cockpit.ExportTable.moment;
import static com.becflow.cockpit.ExportTable.text;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.cockpit.CockpitFigures;
import com.becflow.cockpit.ExportTable;
import com.becflow.cockpit.LedgerLine;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoices, ledger lines and clients as tables for an accountant reconciling a month, written as CSV or as a
 * workbook: every amount exact in its currency's minor unit beside its currency code, the same filters as the lists.
 */
@ApplicationScoped
@Transactional
public class AccountingExports {

    private static final int PAGE = 500;

    private final InvoiceQueries invoices;
    private final ClientService clients;
    private final CockpitFigures figures;

    @Inject
    public AccountingExports(InvoiceQueries invoices, ClientService clients, CockpitFigures figures) {
        this.invoices = invoices;
        this.clients = clients;
        this.figures = figures;
    }

    protected AccountingExports() {
        this(null, null, null);
    }

    /** The invoices and credit notes a list with these filters shows (null: any), newest change first. */
    public ExportTable invoices(ClientId client, InvoiceStatus status, TenantContext ctx) {
        ExportTable table = new ExportTable("Invoices", List.of(text("number"), text("kind"), text("status"),
                text("client"), day("issue_date"), day("due_date"), text("currency"), amount("subtotal"),
                amount("discount"), amount("tax"), amount("total"), amount("paid"), amount("refunded"),
                amount("charged_back"), amount("moved_to_credit"), amount("credited"), amount("written_off"),
                amount("balance")));
        Map<ClientId, String> names = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Invoice> page = invoices.list(client, status, offset, PAGE, ctx);
            Map<InvoiceId, InvoiceStatus> shown = invoices.statuses(page, ctx);
            for (Invoice invoice : page) {
                InvoiceLedger ledger = invoice.ledger();
                var totals = invoice.totals();
                table.row(invoice.number().orElse(""), invoice.kind().name(), shown.get(invoice.id()).name(),
                        names.computeIfAbsent(invoice.clientId(), id -> clientName(id, ctx)), invoice.issueDate(),
                        invoice.dueDate(), invoice.currency().getCurrencyCode(), exact(totals.subtotal()),
                        exact(totals.discount()), exact(totals.tax()), exact(totals.total()), exact(ledger.paid()),
                        exact(ledger.refunded()), exact(ledger.chargedBack()), exact(ledger.movedToCredit()),
                        exact(ledger.credited()), exact(ledger.writtenOff()), exact(ledger.balance()));
            }
            if (page.size() < PAGE) {
                return table;
            }
        }
    }

    /** Ledger lines received on days {@code from} to {@code to}; the cash_effect column sums to what came in. */
    public ExportTable ledgerLines(LocalDate from, LocalDate to, TenantContext ctx) {
        ExportTable table = new ExportTable("Payments", List.of(day("received_on"), text("invoice"), text("client"),
                text("kind"), text("method"), text("currency"), amount("amount"), amount("cash_effect"),
                text("reference"), moment("recorded_at")));
        for (LedgerLine line : figures.ledgerLines(ctx.tenant(), from, to)) {
            table.row(line.receivedOn(), line.invoiceNumber(), line.clientName(), line.kind().name(),
                    line.method().name(), line.amount().currency().getCurrencyCode(), exact(line.amount()),
                    exact(line.cashEffect()), line.reference(), line.recordedAt());
        }
        return table;
    }

    public ExportTable clients(boolean includeArchived, TenantContext ctx) {
        ExportTable table = new ExportTable("Clients", List.of(text("name"), text("email"), text("company"),
                text("tax_id"), text("currency"), text("time_zone"), flag("archived"), text("client_id")));
        for (int page = 0; ; page++) {
            List<Client> found = clients.search(new ClientSearch("", includeArchived, ClientSort.NAME, true, page,
                    ClientSearch.MAX_PAGE_SIZE), ctx).items();
            for (Client client : found) {
                table.row(client.name(), client.email(), client.company(), client.taxId(),
                        client.currency().getCurrencyCode(), client.zone().getId(), client.archived(),
                        client.id().value().toString());
            }
            if (found.size() < ClientSearch.MAX_PAGE_SIZE) {
                return table;
            }
        }
    }

    private static BigDecimal exact(Money money) {
        return money.rounded().amount();
    }

    private String clientName(ClientId id, TenantContext ctx) {
        try {
            return clients.get(id, ctx).name();
        } catch (ClientNotFound e) {
            return "";
        }
    }
}
