package com.becflow.portal;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/**
 * A link that does not open anything: unknown, revoked, expired, or of a suspended workspace. All look the
 * same from outside (404), except that an expired one may be renewed by email.
 */
public class PortalLinkNotFound extends DomainException {

    private final boolean renewable;

    private PortalLinkNotFound(String key, String message, boolean renewable) {
        super(ErrorCode.notFound(key), message);
        this.renewable = renewable;
    }

    public static PortalLinkNotFound unknown() {
        return new PortalLinkNotFound("portal-link.not-found", "This link does not open anything", false);
    }

    public static PortalLinkNotFound expired() {
        return new PortalLinkNotFound("portal-link.expired",
                "This link has expired. You can ask for a fresh one to be emailed to you.", true);
    }

    public boolean renewable() {
        return renewable;
    }
}
