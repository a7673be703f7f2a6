package com.becflow.workspace.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.ContractTerms;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The sentence under a contract's title tells the freelancer when an unanswered client is followed up. */
class ContractStatusDetailTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant SENT = Instant.parse("2027-01-04T10:00:00Z");

    @Test
    void aContractAwaitingTheClientSaysWhenTheyAreFollowedUp() {
        Contract contract = Contract.draft(ContractId.newId(), ClientId.newId(), null, new ContractContent("Brand refresh",
                "Brand refresh", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31), Money.of("2400.00", "EUR"), "Dear",
                ContractTerms.netDays(14), false, 14), SENT);
        contract.send("ada@engines.test", SENT);

        assertThat(ContractStatusDetail.of(contract, ContractStatus.SENT, BERLIN)).isEqualTo("Sent to ada@engines.test on"
                + " 4 Jan 2027, 11:00; the offer is open until 18 Jan 2027, 11:00. Not opened yet: if it stays so, the"
                + " client gets a gentle follow-up 3 days after it was sent.");
        contract.view(SENT.plusSeconds(3600));
        assertThat(ContractStatusDetail.of(contract, ContractStatus.VIEWED, BERLIN))
                .endsWith("If it is not signed, the client gets a gentle follow-up 5 days after opening it.");
    }
}
