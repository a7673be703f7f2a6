package com.becflow.api.assistant;

import com.becflow.api.invoicing.InvoiceLineJson;
import com.becflow.assistant.InvoiceProposal;
import java.util.Currency;
import java.util.List;

/** Invoice lines to review, in the currency read from the brief or the client's. */
public class InvoiceDraftJson {

    public String currency;
    public List<InvoiceLineJson> lines;
    public List<ReasonJson> reasons;
    public ProvenanceJson provenance;

    static InvoiceDraftJson from(InvoiceProposal proposal) {
        InvoiceDraftJson json = new InvoiceDraftJson();
        json.currency = proposal.currency();
        Currency currency = Currency.getInstance(proposal.currency());
        json.lines = proposal.lines().stream().map(l -> InvoiceLineJson.from(l, currency)).toList();
        json.reasons = proposal.reasons().stream().map(ReasonJson::from).toList();
        json.provenance = ProvenanceJson.from(proposal.provenance());
        return json;
    }
}
