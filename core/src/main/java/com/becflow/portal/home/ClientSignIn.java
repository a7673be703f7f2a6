package com.becflow.portal.home;

import com.becflow.clients.Client;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.Clients;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.mail.MailBrands;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.Tenants;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client signs in to their home with one freelancer without a password: on the freelancer's portal page
 * ({@code /portal/for/{business}}) they give their address, and if the freelancer has a client at it, a link that
 * works once, for {@link #SIGN_IN_LASTS}, is mailed there. Opening it gives a link to their home that lasts
 * {@link #HOME_LASTS}. The answer to a request is the same whoever asks, so the page tells no one who is a client.
 */
@ApplicationScoped
@Transactional
public class ClientSignIn {

    static final Duration SIGN_IN_LASTS = Duration.ofMinutes(15);
    static final Duration HOME_LASTS = Duration.ofHours(12);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int ADDRESS_LENGTH = 254;

    private final Tenants tenants;
    private final TenantRegistry registry;
    private final Clients clients;
    private final MailBrands brands;
    private final PortalLinkService links;
    private final Outbox outbox;
    private final String publicUrl;

    @Inject
    public ClientSignIn(Tenants tenants, TenantRegistry registry, Clients clients, MailBrands brands,
                        PortalLinkService links, Outbox outbox,
                        @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.tenants = tenants;
        this.registry = registry;
        this.clients = clients;
        this.brands = brands;
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected ClientSignIn() {
        this(null, null, null, null, null, null, null);
    }

    /** The business a portal page belongs to, by the name in its address; one that is not served opens nothing. */
    public String businessName(String business) {
        TenantContext ctx = enter(business).orElseThrow(PortalLinkNotFound::unknown);
        return name(ctx);
    }

    /**
     * Mails a sign-in link to {@code address} if the business has a client at it, unless one went there within the
     * last few minutes (no mail bombs); says nothing about which happened.
     *
     * @throws InvalidSignInRequest if {@code address} is no email address
     */
    public void request(String business, String address) {
        String to = address == null ? "" : address.strip();
        if (to.length() > ADDRESS_LENGTH || !ADDRESS.matcher(to).matches()) {
            throw new InvalidSignInRequest();
        }
        Optional<TenantContext> entered = enter(business);
        if (entered.isEmpty()) {
            return;
        }
        TenantContext ctx = entered.get();
        Optional<Client> client = clients.search(ctx.tenant(), new ClientSearch(to, false, ClientSort.NAME, true, 0,
                ClientSearch.MAX_PAGE_SIZE)).items().stream()
                .filter(c -> c.email() != null && c.email().strip().equalsIgnoreCase(to)).findFirst();
        if (client.isEmpty() || links.sentRecently(ctx.tenant(), PortalPurpose.SIGN_IN, client.get().id().value())) {
            return;
        }
        IssuedLink link = links.issueFor(ctx.tenant(), client.get().id(), PortalPurpose.SIGN_IN,
                client.get().id().value(), to, SIGN_IN_LASTS);
        String name = name(ctx);
        outbox.queueToClient(ctx.tenant(), MailTopic.client(client.get().id().value()), OutgoingMail.text(to,
                "Your sign-in link for " + name, "Hello " + client.get().name() + ",\n\nHere is your link to everything"
                        + " you have with " + name + ": invoices, contracts and what was sent to you.\n\n" + publicUrl
                        + "/portal/sign-in/" + link.token() + "\n\nIt works once, for the next "
                        + SIGN_IN_LASTS.toMinutes() + " minutes. If you did not ask for it, you can ignore this mail.\n\n"
                        + name + "\n"), Locale.ENGLISH);
    }

    /** Opens a sign-in link, once: answers a link to the client's home. */
    public IssuedLink signIn(String token) {
        PortalLink signIn = links.redeem(token, PortalPurpose.SIGN_IN);
        links.enterAsClient(signIn);
        return links.issueFor(signIn.tenant(), signIn.client(), PortalPurpose.HOME, signIn.client().value(),
                signIn.sentTo(), HOME_LASTS);
    }

    private Optional<TenantContext> enter(String business) {
        Optional<Tenant> tenant;
        try {
            tenant = tenants.bySlug(new TenantSlug(business == null ? "" : business));
        } catch (IllegalArgumentException notASlug) {
            return Optional.empty();
        }
        try {
            return tenant.map(t -> registry.enter(t.id(), new UserId("portal-sign-in")));
        } catch (TenantNotServed e) {
            return Optional.empty();
        }
    }

    private String name(TenantContext ctx) {
        return brands.of(ctx.tenant()).name();
    }
}
