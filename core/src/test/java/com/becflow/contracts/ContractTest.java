package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.ClientId;
import com.becflow.shared.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant SENT = Instant.parse("2027-01-04T10:00:00Z");
    private static final Instant VIEWED = Instant.parse("2027-01-05T08:30:00Z");
    private static final Instant SIGNED = Instant.parse("2027-01-06T14:15:00Z");
    private static final Instant COUNTERSIGNED = Instant.parse("2027-01-07T09:45:00Z");

    private static ContractContent content(String title, boolean countersignRequired) {
        return new ContractContent(title, "Brand refresh", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31),
                Money.of("2400.00", "EUR"), "Dear {{client.name}}", ContractTerms.netDays(14), countersignRequired, 14);
    }

    private static Contract draft(boolean countersignRequired) {
        return Contract.draft(ContractId.newId(), ClientId.newId(), null, content("Brand refresh", countersignRequired),
                CREATED);
    }

    private static Contract sent() {
        Contract contract = draft(true);
        contract.send("ada@engines.test", SENT);
        return contract;
    }

    private static Contract signed() {
        Contract contract = sent();
        contract.sign(SIGNED);
        return contract;
    }

    @Test
    void aNewContractIsTheFirstRevisionOfADraft() {
        Contract contract = draft(false);
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.revision()).isEqualTo(1);
        assertThat(contract.createdAt()).isEqualTo(CREATED);
        assertThat(contract.content()).isEqualTo(content("Brand refresh", false));
    }

    @Test
    void aContractGoesFromDraftThroughSentViewedAndSignedToCountersigned() {
        Contract contract = draft(true);

        contract.send("ada@engines.test", SENT);
        assertThat(contract.statusAt(SENT)).isEqualTo(ContractStatus.SENT);
        assertThat(contract.sentTo()).isEqualTo("ada@engines.test");
        assertThat(contract.expiresAt()).isEqualTo(SENT.plus(Duration.ofDays(14)));

        assertThat(contract.view(VIEWED)).isTrue();
        assertThat(contract.statusAt(VIEWED)).isEqualTo(ContractStatus.VIEWED);

        contract.sign(SIGNED);
        assertThat(contract.statusAt(SIGNED)).isEqualTo(ContractStatus.SIGNED);
        assertThat(contract.signedAt()).isEqualTo(SIGNED);
        assertThat(contract.fullyExecuted()).isFalse();

        contract.countersign(COUNTERSIGNED);
        assertThat(contract.statusAt(COUNTERSIGNED)).isEqualTo(ContractStatus.COUNTERSIGNED);
        assertThat(contract.countersignedAt()).isEqualTo(COUNTERSIGNED);
        assertThat(contract.fullyExecuted()).isTrue();
    }

    @Test
    void aClientSignatureAloneExecutesAContractThatNeedsNoCountersignature() {
        Contract contract = draft(false);
        contract.send("ada@engines.test", SENT);
        contract.sign(SIGNED);
        assertThat(contract.fullyExecuted()).isTrue();
    }

    @Test
    void onlyTheFirstViewIsRecorded() {
        Contract contract = sent();
        assertThat(contract.view(VIEWED)).isTrue();
        assertThat(contract.view(VIEWED.plusSeconds(3600))).isFalse();
        assertThat(contract.viewedAt()).isEqualTo(VIEWED);
        assertThat(contract.status()).isEqualTo(ContractStatus.VIEWED);
    }

    @Test
    void viewingADraftRecordsNothing() {
        Contract contract = draft(false);
        assertThat(contract.view(VIEWED)).isFalse();
        assertThat(contract.viewedAt()).isNull();
    }

    @Test
    void aSignedContractCannotBeChangedVoidedOrRevised() {
        Contract contract = signed();
        assertThatThrownBy(() -> contract.change(content("Another title", true), COUNTERSIGNED))
                .isInstanceOf(ContractStateConflict.class).hasMessageContaining("signed");
        assertThatThrownBy(() -> contract.voidContract(COUNTERSIGNED)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contract.revise(COUNTERSIGNED)).isInstanceOf(ContractStateConflict.class);
        assertThat(contract.title()).isEqualTo("Brand refresh");
        assertThat(contract.revision()).isEqualTo(1);
        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
    }

    @Test
    void aCountersignedContractCannotBeChangedVoidedOrRevisedEither() {
        Contract contract = signed();
        contract.countersign(COUNTERSIGNED);
        Instant later = COUNTERSIGNED.plusSeconds(60);
        assertThatThrownBy(() -> contract.change(content("Another title", true), later)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contract.voidContract(later)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contract.revise(later)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contract.countersign(later)).isInstanceOf(ContractStateConflict.class)
                .hasMessage("Already countersigned");
    }

    @Test
    void aSentContractCannotBeChangedWithoutANewRevision() {
        Contract contract = sent();
        assertThatThrownBy(() -> contract.change(content("Another title", true), VIEWED))
                .isInstanceOf(ContractStateConflict.class).hasMessageContaining("sent");
    }

    @Test
    void revisingASentContractStartsTheNextRevisionAsADraft() {
        Contract contract = sent();
        contract.view(VIEWED);

        int previous = contract.revise(SIGNED);

        assertThat(previous).isEqualTo(1);
        assertThat(contract.revision()).isEqualTo(2);
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.sentAt()).isNull();
        assertThat(contract.sentTo()).isNull();
        assertThat(contract.viewedAt()).isNull();
        assertThat(contract.expiresAt()).isNull();

        contract.change(content("Brand refresh, smaller", true), SIGNED);
        assertThat(contract.title()).isEqualTo("Brand refresh, smaller");
    }

    @Test
    void aDraftHasNothingToRevise() {
        assertThatThrownBy(() -> draft(false).revise(SENT)).isInstanceOf(ContractStateConflict.class);
    }

    @Test
    void anOfferReadsAsExpiredOnceItsValidityRunsOutAndCannotBeSignedThen() {
        Contract contract = sent();
        Instant expiry = SENT.plus(Duration.ofDays(14));

        assertThat(contract.statusAt(expiry.minusMillis(1))).isEqualTo(ContractStatus.SENT);
        assertThat(contract.statusAt(expiry)).isEqualTo(ContractStatus.EXPIRED);
        assertThat(contract.status()).isEqualTo(ContractStatus.SENT);
        assertThat(contract.view(expiry)).isFalse();
        assertThatThrownBy(() -> contract.sign(expiry.plusSeconds(1)))
                .isInstanceOf(ContractStateConflict.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> contract.decline("Too late", expiry)).isInstanceOf(ContractStateConflict.class);
        assertThat(contract.signedAt()).isNull();
    }

    @Test
    void aViewedOfferExpiresToo() {
        Contract contract = sent();
        contract.view(VIEWED);
        assertThat(contract.statusAt(SENT.plus(Duration.ofDays(15)))).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void anExpiredOfferCanBeRevisedAndSentAgain() {
        Contract contract = sent();
        Instant later = SENT.plus(Duration.ofDays(20));
        contract.revise(later);
        contract.send("ada@engines.test", later);
        assertThat(contract.revision()).isEqualTo(2);
        assertThat(contract.statusAt(later)).isEqualTo(ContractStatus.SENT);
        contract.sign(later.plusSeconds(60));
        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
    }

    @Test
    void aClientDeclinesOnlyWhileTheContractAwaitsThem() {
        assertThatThrownBy(() -> draft(false).decline("No", SENT)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> signed().decline("No", COUNTERSIGNED)).isInstanceOf(ContractStateConflict.class);

        Contract contract = sent();
        contract.view(VIEWED);
        contract.decline("Budget cut", SIGNED);
        assertThat(contract.status()).isEqualTo(ContractStatus.DECLINED);
        assertThat(contract.declineReason()).isEqualTo("Budget cut");
        assertThat(contract.declinedAt()).isEqualTo(SIGNED);
        assertThatThrownBy(() -> contract.decline("Again", COUNTERSIGNED)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contract.sign(COUNTERSIGNED)).isInstanceOf(ContractStateConflict.class);
    }

    @Test
    void aDraftCannotBeSigned() {
        assertThatThrownBy(() -> draft(false).sign(SIGNED)).isInstanceOf(ContractStateConflict.class)
                .hasMessageContaining("draft");
    }

    @Test
    void theFreelancerCountersignsOnlyAfterTheClient() {
        Contract contract = sent();
        contract.view(VIEWED);
        assertThatThrownBy(() -> contract.countersign(SIGNED)).isInstanceOf(ContractStateConflict.class)
                .hasMessageContaining("Countersign once the client has signed");
        assertThat(contract.status()).isEqualTo(ContractStatus.VIEWED);
        assertThat(contract.countersignedAt()).isNull();
    }

    @Test
    void aDraftCannotBeCountersigned() {
        Contract contract = draft(true);
        assertThatThrownBy(() -> contract.countersign(SIGNED)).isInstanceOf(ContractStateConflict.class);
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void onlyADraftIsSent() {
        Contract contract = sent();
        assertThatThrownBy(() -> contract.send("ada@engines.test", VIEWED)).isInstanceOf(ContractStateConflict.class);
    }

    @Test
    void anUnsignedContractCanBeVoidedOnce() {
        Contract contract = sent();
        contract.voidContract(VIEWED);
        assertThat(contract.status()).isEqualTo(ContractStatus.VOIDED);
        assertThat(contract.voidedAt()).isEqualTo(VIEWED);
        assertThatThrownBy(() -> contract.voidContract(SIGNED)).isInstanceOf(ContractStateConflict.class);
        assertThatThrownBy(() -> contract.sign(SIGNED)).isInstanceOf(ContractStateConflict.class);
    }
}
