package com.becflow.tenancy;

import com.becflow.shared.tenant.UserId;

/**
 * The identity provider's accounts of freelancers. Each account carries its tenant id, which the
 * provider then puts into every token as the {@code tenant_id} claim.
 */
public interface FreelancerAccounts {

    /**
     * Creates an enabled account that can sign in at once with the given password.
     *
     * @throws EmailAlreadyRegistered when an account with that email already exists
     */
    UserId register(NewFreelancerAccount account);

    /** Removes an account again; used to undo a sign-up whose tenant could not be provisioned. */
    void remove(UserId user);
}
