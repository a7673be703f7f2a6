package com.becflow.portal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.clients.ClientId;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalLinks;
import com.becflow.portal.PortalPurpose;
import com.becflow.shared.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A contract's signing links and its feedback link share the contract as their subject: revoking or pacing the one
 * leaves the other alone.
 */
class PortalLinkPurposesTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final ClientId CLIENT = ClientId.newId();
    private static final UUID CONTRACT = UUID.randomUUID();

    private final List<PortalLink> stored = new ArrayList<>();
    private final PortalLinkService links = new PortalLinkService(new Remembered(), null,
            Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC), 30);

    @Test
    void revokingAContractsLinksLeavesItsFeedbackLinkOpen() {
        IssuedLink signing = links.issue(TENANT, CLIENT, PortalPurpose.CONTRACT, CONTRACT, "ada@engines.test");
        IssuedLink feedback = links.issue(TENANT, CLIENT, PortalPurpose.FEEDBACK, CONTRACT, "ada@engines.test");

        assertThat(links.revokeAll(TENANT, PortalPurpose.CONTRACT, CONTRACT)).isEqualTo(1);

        assertThatThrownBy(() -> links.open(signing.token(), PortalPurpose.CONTRACT))
                .isInstanceOf(PortalLinkNotFound.class);
        assertThat(links.open(feedback.token(), PortalPurpose.FEEDBACK).subject()).isEqualTo(CONTRACT);
    }

    @Test
    void aFeedbackLinkJustSentDoesNotHoldBackARenewedSigningLink() {
        links.issue(TENANT, CLIENT, PortalPurpose.FEEDBACK, CONTRACT, "ada@engines.test");

        assertThat(links.sentRecently(TENANT, PortalPurpose.CONTRACT, CONTRACT)).isFalse();
        assertThat(links.sentRecently(TENANT, PortalPurpose.FEEDBACK, CONTRACT)).isTrue();
    }

    private final class Remembered implements PortalLinks {

        @Override
        public void add(PortalLink link) {
            stored.add(link);
        }

        @Override
        public Optional<PortalLink> find(String tokenHash) {
            return stored.stream().filter(l -> l.tokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public Optional<PortalLink> lock(String tokenHash) {
            return find(tokenHash);
        }

        @Override
        public List<PortalLink> unrevoked(TenantId tenant, UUID subject) {
            return stored.stream().filter(l -> l.tenant().equals(tenant) && l.subject().equals(subject) && !l.revoked())
                    .toList();
        }

        @Override
        public int revokeOfClient(TenantId tenant, ClientId client, String exceptSentTo, Instant now) {
            throw new UnsupportedOperationException("not used here");
        }
    }
}
