package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractFollowUp;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.ContractService;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.reminders.BusinessHours;
import com.becflow.shared.agenda.AgendaTopic;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts the client has not answered, on the movable clock: followed up at 09:00 on the client's clock three days
 * after sending if unopened, and five days after opening if not signed; each once however often the round runs, with
 * a fresh link that works.
 */
@ExtendWith(ArquillianExtension.class)
class ContractFollowUpScenariosIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    ContractService contracts;

    @Test
    void aContractIsFollowedUpOnceUnopenedAndOnceOpenedButNotSignedAtTheOpeningOfTheClientsDay() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Following Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            Contract sent = acme.sentContract(ContractTerms.netDays(14));
            acme.contractLink(1);
            Instant unopened = BusinessHours.STANDARD.firstOpenAtOrAfter(
                    sent.sentAt().plus(ContractFollowUp.NOT_OPENED_AFTER), acme.zone());
            assertThat(studio.agenda()).filteredOn(e -> e.topic() == AgendaTopic.REMINDERS).singleElement()
                    .satisfies(e -> assertThat(e.dueAt()).isBeforeOrEqualTo(unopened));

            s.timePassesUntil(unopened.minusSeconds(60));
            s.housekeeping();
            assertThat(followUps(studio, sent)).as("nothing before the client's day opens").isEmpty();
            s.timePassesUntil(unopened);
            s.housekeeping();
            s.housekeeping();
            assertThat(followUps(studio, sent)).containsExactly(ContractEventType.FOLLOW_UP_UNOPENED);
            assertThat(acme.awaitMails("Still waiting for you: ", 1)).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("in case it got buried", "The offer stands until"));

            String fresh = acme.contractLink(2);
            acme.opens(fresh);
            Instant opened = s.now();
            Instant unsigned = BusinessHours.STANDARD.firstOpenAtOrAfter(
                    opened.plus(ContractFollowUp.NOT_SIGNED_AFTER), acme.zone());
            s.timePassesUntil(unsigned);
            s.housekeeping();
            s.housekeeping();
            assertThat(followUps(studio, sent)).containsExactly(ContractEventType.FOLLOW_UP_UNOPENED,
                    ContractEventType.FOLLOW_UP_UNSIGNED);
            assertThat(acme.awaitMails("Any questions about ", 1)).singleElement()
                    .satisfies(m -> assertThat(m.text()).contains("/portal/contract/", "just reply to"));

            s.timePassesUntil(unsigned.plus(ContractFollowUp.NOT_SIGNED_AFTER));
            s.housekeeping();
            assertThat(followUps(studio, sent)).as("each once").hasSize(2);
            assertThat(studio.agenda()).extracting(e -> e.topic()).doesNotContain(AgendaTopic.REMINDERS);
        }
    }

    private List<ContractEventType> followUps(ScenarioTenant studio, Contract contract) {
        return contracts.events(contract.id(), studio.context()).stream().map(ContractEvent::type)
                .filter(t -> t == ContractEventType.FOLLOW_UP_UNOPENED || t == ContractEventType.FOLLOW_UP_UNSIGNED)
                .toList();
    }
}
