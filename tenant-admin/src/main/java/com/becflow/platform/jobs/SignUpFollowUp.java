package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.tenancy.TenantSignedUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** What happens after a sign-up, off the request: the welcome mail, which retries if SMTP is down. */
@ApplicationScoped
public class SignUpFollowUp {

    @Inject
    BackgroundJobs jobs;

    void welcome(@Observes TenantSignedUp event) {
        jobs.enqueue(new SendWelcomeMail(event.tenant().toString()));
    }
}
