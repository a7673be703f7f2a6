package com.becflow.accounting.app;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConsent;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.crypto.SealBroken;
import com.becflow.shared.crypto.SecretSeal;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connecting a workspace's books through the vendor's OAuth 2 consent. The consent page sends the browser back with
 * the {@code state} we gave it: the workspace and the freelancer who asked, sealed under the server's key and good for
 * {@link #CONSENT_TIME}, so the answer is taken only for the workspace that asked, and only from this server.
 */
@ApplicationScoped
public class BooksConnecting {

    static final Duration CONSENT_TIME = Duration.ofMinutes(15);

    /** The workspace and vendor a finished consent connected. */
    public record Connected(TenantId tenant, BooksConnection connection) {
    }

    private final BooksGateways gateways;
    private final BooksSyncSteps steps;
    private final BooksAccountsChoice accountsChoice;
    private final Event<BooksSyncRequested> syncRequested;
    private final TenantRegistry registry;
    private final SecretSeal seal;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public BooksConnecting(BooksGateways gateways, BooksSyncSteps steps, BooksAccountsChoice accountsChoice,
                           Event<BooksSyncRequested> syncRequested,
                           TenantRegistry registry, SecretSeal seal, Clock clock,
                           @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.gateways = gateways;
        this.steps = steps;
        this.accountsChoice = accountsChoice;
        this.syncRequested = syncRequested;
        this.registry = registry;
        this.seal = seal;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected BooksConnecting() {
        this(null, null, null, null, null, null, null, null);
    }

    /** The vendor's consent page for this workspace. */
    public URI start(TenantContext ctx, BooksVendor vendor) {
        ctx.requireWritable();
        BooksGateway gateway = gateway(vendor);
        String state = String.join("|", ctx.tenant().value().toString(), ctx.actor().value(),
                Long.toString(clock.instant().plus(CONSENT_TIME).getEpochSecond()));
        String sealed = Base64.getUrlEncoder().withoutPadding().encodeToString(
                seal.seal(state.getBytes(StandardCharsets.UTF_8), context(vendor)));
        return gateway.authorizationPage(sealed, callback(vendor));
    }

    /**
     * Takes the vendor's answer: swaps the code for a grant, keeps the connection with the books' default accounts (and
     * their tax rate of the same percentage for each rate the workspace's invoices use), and starts the first sync.
     * {@code parameters}: every query parameter of the callback (a vendor may name the organisation chosen there).
     */
    public Connected finish(BooksVendor vendor, String state, String code, Map<String, String> parameters) {
        BooksGateway gateway = gateway(vendor);
        String[] parts = open(vendor, state);
        TenantContext ctx = registry.enter(TenantId.parse(parts[0]), new UserId(parts[1]));
        if (code == null || code.isBlank()) {
            throw new BooksNotConnected(vendor, BooksNotConnected.Reason.CONSENT_REFUSED);
        }
        BooksConnection connection;
        try {
            BooksConsent consent = new BooksConsent(code, callback(vendor), parameters);
            BooksGrant grant = gateway.exchange(consent);
            List<BooksOrganisation> organisations = gateway.organisations(grant, consent);
            if (organisations.isEmpty()) {
                throw new BooksNotConnected(vendor, BooksNotConnected.Reason.CONSENT_REFUSED);
            }
            BooksOrganisation organisation = organisations.get(0);
            BooksAccounts accounts = gateway.defaultAccounts(new BooksSession(organisation.id(), grant.accessToken(),
                    new BooksAccounts("", "")));
            connection = new BooksConnection(vendor, organisation, grant, accounts, BooksConnection.Status.CONNECTED,
                    clock.instant());
            connection = connection.withAccounts(accountsChoice.withDefaultTaxRates(ctx.tenant(), gateway, connection));
        } catch (BooksAccessRevoked | BooksRefused e) {
            throw new BooksNotConnected(vendor, BooksNotConnected.Reason.CONSENT_REFUSED);
        }
        steps.connected(ctx.tenant(), connection, "connected to " + connection.organisation().name()
                + " (sales account " + connection.accounts().salesAccount() + ", bank account "
                + connection.accounts().bankAccount() + ")");
        syncRequested.fire(new BooksSyncRequested(ctx.tenant(), vendor));
        return new Connected(ctx.tenant(), connection);
    }

    /** Queues a pass now, as the freelancer asked. */
    public void syncNow(TenantContext ctx, BooksVendor vendor) {
        ctx.requireWritable();
        gateway(vendor);
        if (!steps.isConnected(ctx.tenant(), vendor)) {
            throw new BooksNotConnected(vendor, BooksNotConnected.Reason.NOT_CONNECTED);
        }
        syncRequested.fire(new BooksSyncRequested(ctx.tenant(), vendor));
    }

    private String[] open(BooksVendor vendor, String state) {
        try {
            String[] parts = new String(seal.open(Base64.getUrlDecoder().decode(state == null ? "" : state),
                    context(vendor)), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || clock.instant().isAfter(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
                throw new BooksNotConnected(vendor, BooksNotConnected.Reason.CONSENT_EXPIRED);
            }
            return parts;
        } catch (IllegalArgumentException | SealBroken e) {
            throw new BooksNotConnected(vendor, BooksNotConnected.Reason.CONSENT_EXPIRED);
        }
    }

    private BooksGateway gateway(BooksVendor vendor) {
        return gateways.of(vendor)
                .orElseThrow(() -> new BooksNotConnected(vendor, BooksNotConnected.Reason.VENDOR_NOT_CONFIGURED));
    }

    URI callback(BooksVendor vendor) {
        return URI.create(publicUrl + "/api/v1/integrations/books/" + vendor.slug() + "/callback");
    }

    private static byte[] context(BooksVendor vendor) {
        return ("books-consent:" + vendor.slug()).getBytes(StandardCharsets.UTF_8);
    }
}
