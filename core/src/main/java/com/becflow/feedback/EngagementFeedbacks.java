package com.becflow.feedback;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The feedback asked of a tenant's clients, one per engagement. */
public interface EngagementFeedbacks {

    /** Keeps a new request; false when this engagement's feedback was asked already (by this or another server). */
    boolean request(TenantId tenant, EngagementFeedback feedback);

    /** The engagement's feedback, locked until the transaction ends. */
    Optional<EngagementFeedback> lock(TenantId tenant, ContractId contract);

    void saveAnswer(TenantId tenant, EngagementFeedback feedback);

    /** A client's feedback, newest request first. */
    List<EngagementFeedback> ofClient(TenantId tenant, ClientId client);
}
