package com.becflow.assistant.app;

import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.Reason;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.shared.money.InvoiceCurrency;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.logging.Logger;

/**
 * Who drafts invoice lines and which stand, as {@link ContractDrafting} does for contracts: the model first when one
 * may be asked, asked once more when its answer cannot be read or every line breaks a rule, then the offline lines
 * with a note saying why. A line that breaks a line rule (a zero quantity, too many decimals for the currency) is
 * left out, with the reason. No storage and no tenant here, so it is tested with the adapters alone.
 */
public final class InvoiceDrafting {

    private static final Logger LOG = Logger.getLogger(InvoiceDrafting.class.getName());

    private InvoiceDrafting() {
    }

    /**
     * @param model    null when no model may be asked
     * @param currency the client's, for lines whose currency the brief does not say
     */
    public static InvoiceProposal propose(InvoiceBrief brief, DraftingAssistant model, DraftingAssistant offline,
                                          Currency currency) {
        String note = null;
        if (model != null) {
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    InvoiceProposal proposal = model.proposeInvoice(brief);
                    InvoiceProposal checked = checked(proposal, currency);
                    if (checked.lines().size() == proposal.lines().size() && !checked.lines().isEmpty()) {
                        return checked;
                    }
                    note = "the model's lines broke a rule";
                } catch (AssistantFailed e) {
                    note = e.getMessage();
                    if (!e.retryable()) {
                        break;
                    }
                }
            }
            // Only why, never what: the brief and the answer hold the client's personal data.
            LOG.info("Drafting assistant fell back to the offline invoice lines: " + note);
        }
        InvoiceProposal read = checked(offline.proposeInvoice(brief), currency);
        return note == null ? read : new InvoiceProposal(read.currency(), read.lines(), read.reasons(),
                DraftProvenance.offline().withNote("The language model's lines were not used: " + note
                        + "; these are the offline lines"));
    }

    private static InvoiceProposal checked(InvoiceProposal proposal, Currency fallback) {
        List<String> problems = new ArrayList<>();
        Currency currency = proposal.currency() == null ? fallback
                : InvoiceCurrency.parse(proposal.currency(), problems::add).orElse(fallback);
        List<InvoiceLine> kept = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>(proposal.reasons());
        for (int i = 0; i < proposal.lines().size(); i++) {
            InvoiceLine line = proposal.lines().get(i);
            var errors = new java.util.LinkedHashMap<>(line.problems(currency, false));
            if (line.unitPrice() != null && line.unitPrice().stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                errors.put("unitPrice", "More decimals than " + currency.getCurrencyCode() + " has");
            }
            if (errors.isEmpty()) {
                kept.add(line.normalized());
            } else {
                reasons.add(Reason.fromBrief("lines[" + i + "]", "left out: " + errors.values().iterator().next()));
            }
        }
        return new InvoiceProposal(currency.getCurrencyCode(), kept, reasons, proposal.provenance());
    }
}
