package com.becflow.contracts.app;

import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.Contracts;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.MailUndeliverable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes a contract's mail that failed for good into the contract's log, so the freelancer sees who was not
 * reached, when and why, next to the rest of the evidence, and can send a fresh link.
 */
@ApplicationScoped
public class ContractMailFailures {

    static final String MAIL_SERVER = "mail delivery (Becflow outbox)";

    private final Contracts contracts;
    private final ContractEvidence evidence;

    @Inject
    public ContractMailFailures(Contracts contracts, ContractEvidence evidence) {
        this.contracts = contracts;
        this.evidence = evidence;
    }

    protected ContractMailFailures() {
        this(null, null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onFailure(@Observes MailUndeliverable failed) {
        if (failed.topic().kind() != MailTopic.Kind.CONTRACT) {
            return;
        }
        contracts.find(failed.tenant(), new ContractId(failed.topic().id())).ifPresent(contract ->
                evidence.log(failed.tenant(), contract, ContractEventType.MAIL_FAILED, MAIL_SERVER, "\"" + failed.subject()
                        + "\" to " + failed.to() + " could not be delivered after " + failed.attempts()
                        + (failed.attempts() == 1 ? " attempt: " : " attempts: ") + failed.reason(), failed.failedAt()));
    }
}
