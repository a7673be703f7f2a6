package com.becflow.assistant.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.assistant.BriefRefused;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateChoice;
import com.becflow.assistant.reading.BriefReader;
import com.becflow.assistant.reading.ContractDrafter;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.SaveContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalRepairTest {

    private static final TemplateChoice DESIGN = new TemplateChoice(ContractTemplateId.newId(),
            ContractTemplateLibrary.defaults().get(0));
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);

    private static ContractProposal drafted(String brief) {
        ContractDrafter.Draft draft = ContractDrafter.draft(BriefReader.read(brief, TODAY), DESIGN, "EUR");
        return new ContractProposal(DESIGN.id(), draft.contract(), draft.reasons(), DraftProvenance.offline());
    }

    @Test
    void aSoundProposalIsReturnedAsItIs() {
        ContractProposal proposal = drafted("Logo for a bakery, 3,000 EUR, half upfront, starts 1 March");
        assertTrue(ProposalRepair.problems(proposal).isEmpty());
        assertSame(proposal, ProposalRepair.repaired(proposal, DESIGN, "EUR"));
    }

    @Test
    void aDepositAboveTheFeeIsReplacedByTheTemplatesAndSaysWhy() {
        ContractProposal proposal = drafted("Logo for a bakery, total 3,000 EUR, deposit 5,000 EUR, starts 1 March");
        assertEquals(0, new BigDecimal("5000").compareTo(proposal.contract().terms().deposit().amount()));
        ContractProposal repaired = ProposalRepair.repaired(proposal, DESIGN, "EUR");
        assertEquals(DESIGN.content().terms().deposit(), repaired.contract().terms().deposit());
        Reason why = repaired.reasons().stream().filter(r -> r.field().equals("terms.deposit.amount")).findFirst().orElseThrow();
        assertEquals(Reason.Source.TEMPLATE_DEFAULT, why.source());
        assertTrue(why.because().contains("more than the fee"), why.because());
        assertTrue(ProposalRepair.problems(repaired).isEmpty());
    }

    @Test
    void aDiscountWindowThatEndsAfterPaymentIsDueIsLeftOut() {
        ContractProposal proposal = drafted("Logo for a bakery, 3,000 EUR, payment within 7 days, "
                + "2% discount if paid within 10 days");
        ContractProposal repaired = ProposalRepair.repaired(proposal, DESIGN, "EUR");
        assertNull(repaired.contract().terms().earlyPaymentDiscount());
        assertEquals(7, repaired.contract().terms().payment().netDays());
        assertTrue(repaired.reasons().stream().anyMatch(r -> r.field().equals("terms.earlyPaymentDiscount.withinDays")
                && r.because().contains("the discount is left out")));
    }

    @Test
    void aFeeFinerThanTheCurrencyAllowsIsRoundedWhenDrafted() {
        ContractProposal proposal = drafted("Product photos for a tea shop, 250000.5 JPY, starts 1 March");
        assertEquals(0, new BigDecimal("250000").compareTo(proposal.contract().fee()));
        assertTrue(ProposalRepair.problems(proposal).isEmpty());
    }

    @Test
    void everyFilledFieldHasAReasonAndUnsaidClausesSayTheyAreTheTemplates() {
        ContractProposal proposal = drafted("Logo and brand guide for a bakery, 3,000 EUR, half upfront, starts 1 March");
        List<String> fields = proposal.reasons().stream().map(Reason::field).toList();
        assertTrue(fields.containsAll(List.of("currency", "projectName", "fee", "startDate", "terms.deposit.percent",
                "terms.payment.netDays", "terms.scope.deliverables", "terms.scope.revisionRounds",
                "terms.ipTransfer.moment")), fields.toString());
        Reason netDays = proposal.reasons().stream().filter(r -> r.field().equals("terms.payment.netDays")).findFirst()
                .orElseThrow();
        assertEquals(Reason.Source.TEMPLATE_DEFAULT, netDays.source());
        SaveContract c = proposal.contract();
        assertTrue(c.terms().scope().deliverables().startsWith("Logo and brand guide for a bakery: "));
        assertEquals(ContractTerms.class, c.terms().getClass());
    }

    @Test
    void anEmptyAHundredKilobyteOrAnItalianBriefIsRefusedWithItsOwnCode() {
        assertEquals("assistant.brief.empty", assertThrows(BriefRefused.class, () -> BriefCheck.checked(" \n ")).code().key());
        assertEquals("assistant.brief.too-long", assertThrows(BriefRefused.class,
                () -> BriefCheck.checked("x".repeat(100 * 1024))).code().key());
        assertEquals("assistant.brief.language-unsupported", assertThrows(BriefRefused.class,
                () -> BriefCheck.checked("Logo e manuale del marchio per un panificio, 3.000 EUR, metà in anticipo, "
                        + "inizio il 1 marzo, i diritti passano dopo il pagamento")).code().key());
        assertEquals("Logo, 3000 EUR", BriefCheck.checked("  Logo, 3000 EUR "));
    }
}
