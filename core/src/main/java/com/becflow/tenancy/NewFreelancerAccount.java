package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantId;

/** What the identity provider needs to open a freelancer's account. */
public record NewFreelancerAccount(String email, String firstName, String lastName, String password, TenantId tenant) {

    @Override
    public String toString() {
        return "NewFreelancerAccount[email=" + email + ", tenant=" + tenant + "]";
    }
}
