package com.becflow.portal.app;

import com.becflow.portal.PortalLink;

/** A link just made: the secret (to put in the email, never stored) and what was stored. */
public record IssuedLink(String token, PortalLink link) {
}
