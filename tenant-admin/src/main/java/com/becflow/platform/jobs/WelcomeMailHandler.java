package com.becflow.platform.jobs;

import com.becflow.integrations.jobs.TenantJobHandler;
import com.becflow.shared.mail.Mailer;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Dependent
public class WelcomeMailHandler extends TenantJobHandler<SendWelcomeMail> {

    @Inject
    TenantRegistry registry;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "BECFLOW_PUBLIC_URL")
    String publicUrl;

    @Override
    protected void runFor(SendWelcomeMail job, TenantContext ctx) {
        Tenant tenant = registry.get(ctx.tenant());
        String trialEnds = tenant.trialEndsAt() == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
                .format(tenant.trialEndsAt().atZone(ctx.zone()));
        mailer.send(OutgoingMail.text(tenant.ownerEmail(), "Welcome to Becflow, " + tenant.displayName(),
                "Your workspace " + tenant.displayName() + " is ready.\n\n"
                        + (trialEnds.isEmpty() ? "" : "Your free trial runs until " + trialEnds + ".\n\n")
                        + "Sign in: " + publicUrl + "/sign-in\n\nAdd your first client, and Becflow takes it from there.\n"));
    }
}
