package com.becflow.integrations.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.TradeWordTemplateMatcher;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the embedding model's natives cannot load (the WARs carry them for linux-x86_64 only), the offline
 * assistant still drafts, choosing the template by trade words, instead of failing every draft.
 */
class OfflineFallbackTest {

    private static final List<TemplateChoice> TEMPLATES = ContractTemplateLibrary.defaults().stream()
            .map(c -> new TemplateChoice(ContractTemplateId.newId(), c)).toList();
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    private static DraftingAssistant withoutNatives() {
        return new ConfiguredDraftingAssistants(() -> {
            throw new UnsatisfiedLinkError("no onnxruntime in java.library.path (test)");
        }).offline();
    }

    @Test
    void aContractIsDraftedWithTheTemplateItsTradeWordsName() {
        ContractProposal proposal = withoutNatives().proposeContract(new ContractBrief("Hochzeitsfotos für Anna und "
                + "Ben, 1.800 EUR, ab 1. Juni, Zahlungsziel 7 Tage", TEMPLATES, "EUR", TODAY));
        TemplateChoice chosen = TEMPLATES.stream().filter(t -> t.id().equals(proposal.templateId())).findFirst()
                .orElseThrow();
        assertTrue(chosen.content().category().toLowerCase(java.util.Locale.ROOT).contains("photo"), chosen.content().category());
        assertTrue(proposal.reasons().stream().anyMatch(r -> r.field().equals("templateId")
                && r.because().contains("hochzeitsfotos")), proposal.reasons().toString());
        assertEquals(0, new BigDecimal("1800").compareTo(proposal.contract().fee()));
    }

    @Test
    void aBriefWithNoTradeWordGetsTheFirstTemplateAndSaysWhy() {
        ContractProposal proposal = withoutNatives().proposeContract(new ContractBrief("Work for Acme, 500 EUR",
                TEMPLATES, "EUR", TODAY));
        assertEquals(TEMPLATES.get(0).id(), proposal.templateId());
        assertTrue(proposal.reasons().stream().anyMatch(r -> r.because().contains("names no trade")),
                proposal.reasons().toString());
    }

    @Test
    void invoiceLinesNeedNoModelAtAll() {
        var lines = withoutNatives().proposeInvoice(new InvoiceBrief(
                "12 hours of design at 90 an hour and the print files for 250", "EUR", TODAY));
        assertEquals(2, lines.lines().size());
    }

    @Test
    void theModelIsLoadedOnceAndKept() {
        int[] loads = {0};
        ConfiguredDraftingAssistants assistants = new ConfiguredDraftingAssistants(() -> {
            loads[0]++;
            return new TradeWordTemplateMatcher();
        });
        assertSame(assistants.offline(), assistants.offline());
        assertEquals(1, loads[0]);
    }
}
