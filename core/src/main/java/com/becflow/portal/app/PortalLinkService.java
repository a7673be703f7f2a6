package com.becflow.portal.app;

import com.becflow.clients.ClientId;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalLinkToken;
import com.becflow.portal.PortalLinks;
import com.becflow.portal.PortalPurpose;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes, opens and revokes portal links. Runs in the caller's transaction, so a link and its cause commit together. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PortalLinkService {

    /** A renewal is refused while a link sent less than this long ago is still usable: no mail bombs. */
    static final Duration RENEWAL_PAUSE = Duration.ofMinutes(5);

    private final PortalLinks links;
    private final TenantRegistry tenants;
    private final Clock clock;
    private final Duration lifetime;

    @Inject
    public PortalLinkService(PortalLinks links, TenantRegistry tenants, Clock clock,
                             @ConfigProperty(name = "BECFLOW_PORTAL_LINK_DAYS", defaultValue = "30") int lifetimeDays) {
        this.links = links;
        this.tenants = tenants;
        this.clock = clock;
        this.lifetime = Duration.ofDays(lifetimeDays);
    }

    protected PortalLinkService() {
        this.links = null;
        this.tenants = null;
        this.clock = null;
        this.lifetime = null;
    }

    /**
     * The tenant a link names, entered as the client it was sent to; a tenant that is not served makes the link
     * open nothing, like an unknown one.
     */
    public TenantContext enterAsClient(PortalLink link) {
        try {
            return tenants.enter(link.tenant(), new UserId("portal-client:" + link.client()));
        } catch (TenantNotServed e) {
            throw PortalLinkNotFound.unknown();
        }
    }

    public IssuedLink issue(TenantId tenant, ClientId client, PortalPurpose purpose, UUID subject, String sentTo) {
        return issue(tenant, client, purpose, subject, sentTo, null);
    }

    /** A link that works for the usual lifetime, or until {@code neededUntil} plus that lifetime if later (e.g. a late due date). */
    public IssuedLink issue(TenantId tenant, ClientId client, PortalPurpose purpose, UUID subject, String sentTo,
                            Instant neededUntil) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        if (neededUntil != null && neededUntil.plus(lifetime).isAfter(expires)) {
            expires = neededUntil.plus(lifetime);
        }
        return issueUntil(tenant, client, purpose, subject, sentTo, now, expires);
    }

    /** A link that works for {@code lifetime} from now, however long links usually work. */
    public IssuedLink issueFor(TenantId tenant, ClientId client, PortalPurpose purpose, UUID subject, String sentTo,
                               Duration lifetime) {
        Instant now = clock.instant();
        return issueUntil(tenant, client, purpose, subject, sentTo, now, now.plus(lifetime));
    }

    private IssuedLink issueUntil(TenantId tenant, ClientId client, PortalPurpose purpose, UUID subject, String sentTo,
                                  Instant now, Instant expires) {
        String token = PortalLinkToken.newToken();
        PortalLink link = new PortalLink(PortalLinkToken.hash(token), tenant, client, purpose, subject, sentTo, now,
                expires);
        links.add(link);
        return new IssuedLink(token, link);
    }

    /**
     * Opens a link that works once: usable now, it is revoked as it opens, under its lock, so two requests with the
     * same secret open it once between them; otherwise a 404 as {@link #open} answers.
     */
    public PortalLink redeem(String token, PortalPurpose purpose) {
        PortalLink link = usable(find(token, Set.of(purpose), links::lock));
        link.revoke(clock.instant());
        return link;
    }

    /** The link behind a secret, if it is usable for this purpose; otherwise a 404 that says nothing more. */
    public PortalLink open(String token, PortalPurpose purpose) {
        return usable(find(token, purpose));
    }

    /** As {@link #open}, for a link that may be for any of these purposes (the client's home opens by any of them). */
    public PortalLink openAny(String token, Set<PortalPurpose> purposes) {
        return usable(find(token, purposes, links::find));
    }

    /** An expired, unrevoked link, for sending its owner a fresh one. */
    public PortalLink expired(String token, PortalPurpose purpose) {
        PortalLink link = find(token, purpose);
        if (link.revoked() || link.usableAt(clock.instant())) {
            throw PortalLinkNotFound.unknown();
        }
        return link;
    }

    /**
     * Revokes every link for this purpose to a subject, e.g. when the contract changes or is voided. A contract's
     * feedback link has the contract as its subject too, and outlives its signing links.
     */
    public int revokeAll(TenantId tenant, PortalPurpose purpose, UUID subject) {
        Instant now = clock.instant();
        var open = links.unrevoked(tenant, subject).stream().filter(l -> l.purpose() == purpose).toList();
        open.forEach(l -> l.revoke(now));
        return open.size();
    }

    /**
     * Revokes the links a client was sent to an address they no longer have: all but those sent to
     * {@code address} (null: all of them, e.g. when the client is archived). A link revoked so opens nothing and
     * cannot be renewed; the client gets a fresh link with the next mail sent to them.
     */
    public int revokeOfClient(TenantId tenant, ClientId client, String address) {
        return links.revokeOfClient(tenant, client, address, clock.instant());
    }

    /** Whether a usable link for this purpose to the subject was sent so recently that a renewal should wait. */
    public boolean sentRecently(TenantId tenant, PortalPurpose purpose, UUID subject) {
        Instant now = clock.instant();
        return links.unrevoked(tenant, subject).stream()
                .anyMatch(l -> l.purpose() == purpose && l.usableAt(now)
                        && l.createdAt().isAfter(now.minus(RENEWAL_PAUSE)));
    }

    private PortalLink find(String token, PortalPurpose purpose) {
        return find(token, Set.of(purpose), links::find);
    }

    private static PortalLink find(String token, Set<PortalPurpose> purposes,
                                   Function<String, Optional<PortalLink>> byHash) {
        if (!PortalLinkToken.wellFormed(token)) {
            throw PortalLinkNotFound.unknown();
        }
        return byHash.apply(PortalLinkToken.hash(token)).filter(l -> purposes.contains(l.purpose()))
                .orElseThrow(PortalLinkNotFound::unknown);
    }

    /** The link if it opens now: a revoked one is as unknown as one never made, an expired one may be renewed. */
    private PortalLink usable(PortalLink link) {
        if (link.revoked()) {
            throw PortalLinkNotFound.unknown();
        }
        if (!link.usableAt(clock.instant())) {
            throw PortalLinkNotFound.expired();
        }
        return link;
    }
}
