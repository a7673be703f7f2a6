package com.becflow.assistant;

/**
 * Proposes drafts from a brief. An adapter never stores, sends or validates with authority: it proposes, the
 * use case checks the proposal against the domain's rules and falls back to the offline adapter when a proposal
 * breaks them. Adapters must not log the brief or the answer (they hold personal data).
 */
public interface DraftingAssistant {

    /** How drafts from this adapter are recorded in a contract's history: {@code offline} or the model's name. */
    DraftProvenance provenance();

    ContractProposal proposeContract(ContractBrief brief);

    InvoiceProposal proposeInvoice(InvoiceBrief brief);
}
