package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.shared.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract not answered is followed up once when unopened, once when opened and not signed, and never otherwise. */
class ContractFollowUpTest {

    private static final Instant SENT = Instant.parse("2027-01-04T10:00:00Z");

    @Test
    void aContractNotOpenedIsFollowedUpThreeDaysAfterItWasSentOnce() {
        Contract contract = sent(14);

        assertThat(ContractFollowUp.next(contract, List.of(), SENT.plusSeconds(60))).hasValue(new ContractFollowUp(
                contract.id(), ContractEventType.FOLLOW_UP_UNOPENED, SENT.plus(Duration.ofDays(3))));
        ContractEvent done = ContractEvent.after(null, contract.id(), ContractEventType.FOLLOW_UP_UNOPENED,
                SENT.plus(Duration.ofDays(3)), "Becflow", "");
        assertThat(ContractFollowUp.next(contract, List.of(done), SENT.plus(Duration.ofDays(4)))).isEmpty();
    }

    @Test
    void onceOpenedItIsFollowedUpFiveDaysLaterIfNotSignedWhateverWasSentBefore() {
        Contract contract = sent(14);
        ContractEvent unopened = ContractEvent.after(null, contract.id(), ContractEventType.FOLLOW_UP_UNOPENED,
                SENT.plus(Duration.ofDays(3)), "Becflow", "");
        Instant viewed = SENT.plus(Duration.ofDays(4));
        contract.view(viewed);

        assertThat(ContractFollowUp.next(contract, List.of(unopened), viewed)).hasValue(new ContractFollowUp(
                contract.id(), ContractEventType.FOLLOW_UP_UNSIGNED, viewed.plus(Duration.ofDays(5))));
        contract.sign(viewed.plus(Duration.ofDays(1)));
        assertThat(ContractFollowUp.next(contract, List.of(unopened), viewed.plus(Duration.ofDays(6))))
                .as("signed: nothing to follow up").isEmpty();
    }

    @Test
    void anOfferThatRunsOutBeforeTheFollowUpIsNotFollowedUp() {
        Contract shortOffer = sent(3);

        assertThat(ContractFollowUp.next(shortOffer, List.of(), SENT.plusSeconds(60))).isEmpty();
        Contract draft = Contract.draft(ContractId.newId(), ClientId.newId(), null, content(14), SENT);
        assertThat(ContractFollowUp.next(draft, List.of(), SENT.plus(Duration.ofDays(10)))).isEmpty();
    }

    private static Contract sent(int validityDays) {
        Contract contract = Contract.draft(ContractId.newId(), ClientId.newId(), null, content(validityDays), SENT);
        contract.send("ada@engines.test", SENT);
        return contract;
    }

    private static ContractContent content(int validityDays) {
        return new ContractContent("Brand refresh", "Brand refresh", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31),
                Money.of("2400.00", "EUR"), "Dear {{client.name}}", ContractTerms.netDays(14), false, validityDays);
    }
}
