package com.becflow.it.inserver;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.clients.app.SaveClient;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the in-server tests start from: a fresh active tenant, a client of it, and the portal link mailed to someone. */
@ApplicationScoped
public class InServerFixtures {

    @Inject
    TenantRegistry registry;

    @Inject
    ClientService clients;

    @Inject
    LocalMailbox mailbox;

    @Inject
    Clock clock;

    /** A page of this server as browsers reach it, e.g. where Stripe's onboarding may send the freelancer back. */
    public static String publicPage(String path) {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("BECFLOW_PUBLIC_URL", String.class)
                .replaceAll("/+$", "") + path;
    }

    public TenantContext newTenant(String name) {
        TenantId id = TenantId.newId();
        Tenant tenant = registry.ensureExists(Tenant.active(id, new TenantSlug("it-" + id.value()), name,
                ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), "owner-" + id.value() + "@it.becflow.test", clock));
        return registry.enter(tenant.id(), new UserId("it-freelancer"));
    }

    public Client newClient(TenantContext ctx, String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@client.test";
        return clients.add(new SaveClient(name, email, "Acme GmbH", "Hauptstr. 1", null, "Berlin", "10115", null, "DE",
                null, null, null, null, null, null), ctx);
    }

    /** The secret (group 1 of {@code link}) in the newest mail to an address, waiting for mail number N to arrive. */
    public String linkMailedTo(String address, Pattern link, int mailsExpected) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<LocalMailbox.ReceivedMail> mails;
            try {
                mails = mailbox.inbox(address);
            } catch (IllegalStateException notYet) {
                // GreenMail makes the mailbox on first delivery or login, and drops a login that races the delivery.
                mails = List.of();
            }
            if (mails.size() >= mailsExpected) {
                Matcher m = link.matcher(mails.get(0).text());
                if (!m.find()) {
                    throw new AssertionError("No portal link in: " + mails.get(0).text());
                }
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail number " + mailsExpected + " for " + address);
    }
}
