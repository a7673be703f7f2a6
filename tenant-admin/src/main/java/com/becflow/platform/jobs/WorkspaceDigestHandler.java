package com.becflow.platform.jobs;

import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.shared.mail.Mailer;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

@Dependent
public class WorkspaceDigestHandler extends TenantJobHandler<SendWorkspaceDigest> {

    @Inject
    TenantRegistry registry;

    @Inject
    ClientService clients;

    @Inject
    Mailer mailer;

    @Override
    protected void runFor(SendWorkspaceDigest job, TenantContext ctx) {
        Tenant tenant = registry.get(ctx.tenant());
        long active = clients.search(new ClientSearch(null, false, ClientSort.NAME, true, 0, 1), ctx).total();
        mailer.send(OutgoingMail.text(tenant.ownerEmail(), "Becflow digest for " + tenant.displayName() + ": "
                + active + (active == 1 ? " active client" : " active clients"),
                tenant.displayName() + " has " + active + (active == 1 ? " active client" : " active clients") + ".\n"));
    }
}
