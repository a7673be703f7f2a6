package com.becflow.contracts.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.PostalAddress;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.checks.ClauseWarning;
import com.becflow.contracts.checks.ContractChecks;
import com.becflow.contracts.checks.Jurisdiction;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/** The rule checks on a stored contract, or on terms still being typed, against its client's jurisdiction. */
@ApplicationScoped
@Transactional
public class ContractCheckup {

    private final ContractService contracts;
    private final ClientService clients;

    @Inject
    public ContractCheckup(ContractService contracts, ClientService clients) {
        this.contracts = contracts;
        this.clients = clients;
    }

    protected ContractCheckup() {
        this(null, null);
    }

    public List<ClauseWarning> of(ContractId id, TenantContext ctx) {
        Contract contract = contracts.get(id, ctx);
        return ContractChecks.of(contract.terms(), contract.fee().amount(), contract.fee().currency().getCurrencyCode(),
                jurisdictionOf(clients.get(contract.clientId(), ctx)));
    }

    /** For a draft not saved yet, e.g. one the assistant proposed. */
    public List<ClauseWarning> of(ClientId client, ContractTerms terms, BigDecimal fee, String currency, TenantContext ctx) {
        return ContractChecks.of(terms, fee, currency, jurisdictionOf(clients.get(client, ctx)));
    }

    private static Jurisdiction jurisdictionOf(Client client) {
        PostalAddress address = client.billingAddress();
        return address == null ? Jurisdiction.UNKNOWN : Jurisdiction.of(address.country(), address.region());
    }
}
