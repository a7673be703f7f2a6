package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractEventTest {

    private static final ContractId CONTRACT = ContractId.newId();
    private static final Instant START = Instant.parse("2027-01-04T09:00:00.123456789Z");

    private static List<ContractEvent> chainOfFour() {
        List<ContractEvent> log = new ArrayList<>();
        ContractEvent created = ContractEvent.after(null, CONTRACT, ContractEventType.CREATED, START, "freelancer", "From template");
        ContractEvent sent = ContractEvent.after(created, CONTRACT, ContractEventType.SENT, START.plusSeconds(60), "freelancer",
                "Revision 1 sent to ada@engines.test");
        ContractEvent viewed = ContractEvent.after(sent, CONTRACT, ContractEventType.VIEWED, START.plusSeconds(3600), "client",
                "Opened from 203.0.113.7");
        ContractEvent signed = ContractEvent.after(viewed, CONTRACT, ContractEventType.SIGNED, START.plusSeconds(7200), "client",
                "Signed as \"Ada Lovelace\"");
        log.add(created);
        log.add(sent);
        log.add(viewed);
        log.add(signed);
        return log;
    }

    private static void set(ContractEvent event, String field, Object value) throws ReflectiveOperationException {
        Field f = ContractEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }

    @Test
    void aChainOfEventsVerifies() {
        List<ContractEvent> log = chainOfFour();
        assertThat(ContractEvent.firstBroken(log)).isEmpty();
        assertThat(log).extracting(ContractEvent::seq).containsExactly(1, 2, 3, 4);
        assertThat(log.get(0).previousHash()).isEqualTo(ContractEvent.GENESIS);
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).previousHash()).isEqualTo(log.get(i - 1).hash());
        }
    }

    @Test
    void textMovedFromTheActorIntoTheDetailChangesTheHash() throws ReflectiveOperationException {
        ContractEvent declined = ContractEvent.after(null, CONTRACT, ContractEventType.DECLINED, START, "client",
                "too\nexpensive");
        set(declined, "actor", "client\ntoo");
        set(declined, "detail", "expensive");
        assertThat(ContractEvent.firstBroken(List.of(declined))).contains(1);
    }

    @Test
    void anEmptyLogHasNothingBroken() {
        assertThat(ContractEvent.firstBroken(List.of())).isEmpty();
    }

    @Test
    void alteringAnEventsDetailBreaksTheChainAtThatEvent() throws ReflectiveOperationException {
        List<ContractEvent> log = chainOfFour();
        set(log.get(2), "detail", "Opened from 198.51.100.1");
        assertThat(ContractEvent.firstBroken(log)).contains(3);
    }

    @Test
    void alteringAnEventAndRecomputingItsHashBreaksTheChainAtTheNextEvent() throws ReflectiveOperationException {
        List<ContractEvent> log = chainOfFour();
        ContractEvent viewed = log.get(2);
        set(viewed, "detail", "Opened from 198.51.100.1");
        set(viewed, "hash", viewed.computeHash());
        assertThat(ContractEvent.firstBroken(log)).contains(4);
    }

    @Test
    void removingAnEventFromTheMiddleBreaksTheChain() {
        List<ContractEvent> log = chainOfFour();
        log.remove(1);
        assertThat(ContractEvent.firstBroken(log)).contains(3);
    }

    @Test
    void removingTheFirstEventBreaksTheChain() {
        List<ContractEvent> log = chainOfFour();
        log.remove(0);
        assertThat(ContractEvent.firstBroken(log)).contains(2);
    }

    @Test
    void reorderingEventsBreaksTheChain() {
        List<ContractEvent> log = chainOfFour();
        ContractEvent third = log.remove(2);
        log.add(1, third);
        assertThat(ContractEvent.firstBroken(log)).contains(3);
    }

    @Test
    void movingAnEventToAnotherContractBreaksTheChainAtThatEvent() throws ReflectiveOperationException {
        List<ContractEvent> log = chainOfFour();
        set(log.get(1), "contractId", ContractId.newId().value());
        assertThat(ContractEvent.firstBroken(log)).contains(2);
    }

    @Test
    void eventTimesAreKeptToTheMicrosecondSoTheHashSurvivesADatabaseRoundTrip() throws ReflectiveOperationException {
        List<ContractEvent> log = chainOfFour();
        assertThat(log.get(0).occurredAt()).isEqualTo(Instant.parse("2027-01-04T09:00:00.123456Z"));

        // timestamptz keeps microseconds: what comes back is a new Instant with the same microseconds.
        for (ContractEvent event : log) {
            Instant stored = Instant.ofEpochSecond(event.occurredAt().getEpochSecond(),
                    event.occurredAt().getNano() / 1000 * 1000L);
            set(event, "occurredAt", stored);
        }
        assertThat(ContractEvent.firstBroken(log)).isEmpty();
    }

    @Test
    void aMissingDetailIsHashedAsEmpty() {
        ContractEvent event = ContractEvent.after(null, CONTRACT, ContractEventType.CREATED, START, "freelancer", null);
        assertThat(event.detail()).isEmpty();
        assertThat(ContractEvent.firstBroken(List.of(event))).isEmpty();
    }
}
