package com.becflow.invoicing.app;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoices;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Currency;

/** What a client has in credit with the freelancer: overpayments kept, less what paid later invoices. */
@ApplicationScoped
@Transactional
public class ClientCredits {

    private final Invoices invoices;

    @Inject
    public ClientCredits(Invoices invoices) {
        this.invoices = invoices;
    }

    protected ClientCredits() {
        this(null);
    }

    public Money balance(TenantContext ctx, ClientId client, Currency currency) {
        return invoices.clientCredit(ctx.tenant(), client, currency);
    }
}
