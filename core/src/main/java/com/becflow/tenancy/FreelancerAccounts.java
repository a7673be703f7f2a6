package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;

/**
 * The identity provider's accounts of freelancers. Each account carries its tenant id, which the
 * provider then puts into every token as the {@code tenant_id} claim.
 */
public interface FreelancerAccounts {

    /**
     * Creates an enabled account that can sign in at once with the given password; its address counts as
     * unverified until the owner proves it ({@link #requestAddressProof}).
     *
     * @throws EmailAlreadyRegistered when an account with that email already exists
     */
    UserId register(NewFreelancerAccount account);

    /**
     * Has the identity provider mail the account's owner a link that proves the address is theirs (the provider's
     * own verify-email action); following it marks the address verified in every later token.
     */
    void requestAddressProof(UserId user);

    /** Removes every account that belongs to the tenant; none left counts as done. */
    void removeAccountsOf(TenantId tenant);

    /** Removes an account again; used to undo a sign-up whose tenant could not be provisioned. */
    void remove(UserId user);
}
