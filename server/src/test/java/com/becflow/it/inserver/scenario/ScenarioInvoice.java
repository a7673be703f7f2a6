package com.becflow.it.inserver.scenario;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.app.SaveInvoice;
import java.util.ArrayList;
import java.util.List;

/** An invoice to build: lines (one of 100.00 unless any are given), the days until it is due. */
public final class ScenarioInvoice {

    private final ScenarioClient to;
    private final List<InvoiceLine> lines = new ArrayList<>();
    private Integer netDays;
    private ContractId contract;

    ScenarioInvoice(ScenarioClient to) {
        this.to = to;
    }

    public ScenarioInvoice line(String description, String amount) {
        lines.add(InvoiceLine.of(description, "1", amount));
        return this;
    }

    /** Under this contract, whose terms (late fee, early-payment discount) then apply to it. */
    public ScenarioInvoice underContract(Contract signed) {
        contract = signed.id();
        return this;
    }

    /** Due this many days after the day it is issued (the tenant's day). */
    public ScenarioInvoice dueInDays(int days) {
        netDays = days;
        return this;
    }

    public Invoice draft() {
        List<InvoiceLine> typed = lines.isEmpty() ? List.of(InvoiceLine.of("Work", "1", "100.00")) : List.copyOf(lines);
        return to.scenario.harness.drafts.create(new SaveInvoice(to.client.id(), contract, null, typed, null, null, netDays,
                null, null), to.tenant.context());
    }

    /** Drafted and issued now: numbered, its document frozen, its link mailed to the client. */
    public Invoice issue() {
        return to.scenario.harness.issuing.issue(draft().id(), to.tenant.context());
    }
}
