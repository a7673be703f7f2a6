package com.becflow.invoicing.app;

import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractRendering;
import com.becflow.contracts.ContractSigned;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.Invoices;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * The deposit a contract asks for, invoiced the moment the client signs: issued, numbered and emailed in
 * the signing transaction, due on receipt. A contract gets one deposit invoice, however often it is signed.
 */
@ApplicationScoped
@jakarta.transaction.Transactional
public class DepositInvoicing {

    static final Actor DEPOSIT_CLAUSE = Actor.system("deposit clause of the signed contract");

    private final Invoices invoices;
    private final InvoiceIssuing issuing;
    private final ClientService clients;
    private final Clock clock;

    @Inject
    public DepositInvoicing(Invoices invoices, InvoiceIssuing issuing, ClientService clients, Clock clock) {
        this.invoices = invoices;
        this.issuing = issuing;
        this.clients = clients;
        this.clock = clock;
    }

    protected DepositInvoicing() {
        this(null, null, null, null);
    }

    void onSigned(@Observes ContractSigned signed) {
        invoiceDeposit(signed.contract(), signed.tenant());
    }

    /** The deposit invoice for a signed contract, made if the contract has a deposit and none was made yet. */
    public Optional<Invoice> invoiceDeposit(Contract contract, TenantContext ctx) {
        Optional<Money> deposit = ContractRendering.deposit(contract.content());
        if (deposit.isEmpty() || !deposit.get().isPositive()) {
            return Optional.empty();
        }
        if (!invoices.depositsFor(ctx.tenant(), contract.id()).isEmpty()) {
            return Optional.empty();
        }
        var share = contract.terms().deposit().percent();
        String description = "Deposit for " + contract.projectName()
                + (share != null ? " (" + share.stripTrailingZeros().toPlainString() + "% of " + MoneyText.of(contract.fee()) + ")"
                : "") + ", due on signing \"" + contract.title() + "\"";
        if (description.length() > InvoiceLine.DESCRIPTION_LENGTH) {
            description = description.substring(0, InvoiceLine.DESCRIPTION_LENGTH - 1) + "…";
        }
        InvoiceContent content = new InvoiceContent(contract.fee().currency(), new InvoiceLines(java.util.List.of(
                new InvoiceLine(description, BigDecimal.ONE, deposit.get().amount(), null, null, null))),
                null, "Deposit under the contract \"" + contract.title() + "\".", 0, false, null);
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.DEPOSIT, contract.clientId(), contract.id(), null,
                content.normalized(), clock.instant());
        invoices.add(ctx.tenant(), invoice);
        issuing.issue(invoice, clients.get(contract.clientId(), ctx), DEPOSIT_CLAUSE, ctx);
        return Optional.of(invoice);
    }
}
