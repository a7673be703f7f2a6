package com.becflow.shared.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate limits in force, each a setting ({@code BECFLOW_RATE_*}: how many per how long, e.g. {@code 5/1h}).
 * A setting that does not read as a limit stops the application from starting, naming it.
 */
@ApplicationScoped
public class RateLimits {

    public static final String SIGNUP_ADDRESS = "BECFLOW_RATE_SIGNUP_ADDRESS";
    public static final String SIGNUP_GLOBAL = "BECFLOW_RATE_SIGNUP_GLOBAL";
    public static final String PORTAL_LINK = "BECFLOW_RATE_PORTAL_LINK";
    public static final String PORTAL_ADDRESS = "BECFLOW_RATE_PORTAL_ADDRESS";
    public static final String PORTAL_CHECKOUT = "BECFLOW_RATE_PORTAL_CHECKOUT";
    public static final String INVOICE_CHECKOUTS = "BECFLOW_RATE_INVOICE_CHECKOUTS";

    private final RateLimit signUpPerAddress;
    private final RateLimit signUpOverall;
    private final RateLimit portalPerLink;
    private final RateLimit portalPerAddress;
    private final RateLimit checkoutsPerLink;
    private final RateLimit checkoutsPerInvoice;

    @Inject
    public RateLimits(@ConfigProperty(name = SIGNUP_ADDRESS, defaultValue = "5/1h") String signUpAddress,
                      @ConfigProperty(name = SIGNUP_GLOBAL, defaultValue = "100/1h") String signUpGlobal,
                      @ConfigProperty(name = PORTAL_LINK, defaultValue = "120/10m") String portalLink,
                      @ConfigProperty(name = PORTAL_ADDRESS, defaultValue = "600/10m") String portalAddress,
                      @ConfigProperty(name = PORTAL_CHECKOUT, defaultValue = "10/1h") String portalCheckout,
                      @ConfigProperty(name = INVOICE_CHECKOUTS, defaultValue = "20/1d") String invoiceCheckouts) {
        signUpPerAddress = RateLimit.parse("signup.address", signUpAddress, SIGNUP_ADDRESS,
                "Too many workspaces were started from your network in a short time.");
        signUpOverall = RateLimit.parse("signup.global", signUpGlobal, SIGNUP_GLOBAL,
                "Becflow is taking in an unusual number of new workspaces just now.");
        portalPerLink = RateLimit.parse("portal.link", portalLink, PORTAL_LINK,
                "This link was used very often in a short time.");
        portalPerAddress = RateLimit.parse("portal.address", portalAddress, PORTAL_ADDRESS,
                "Too many requests came from your network in a short time.");
        checkoutsPerLink = RateLimit.parse("portal.checkout", portalCheckout, PORTAL_CHECKOUT,
                "A payment was started, or its amount changed, too many times in a short time.");
        checkoutsPerInvoice = RateLimit.parse("portal.invoice", invoiceCheckouts, INVOICE_CHECKOUTS,
                "Payments of this invoice were started too many times today.");
    }

    protected RateLimits() {
        this("5/1h", "100/1h", "120/10m", "600/10m", "10/1h", "20/1d");
    }

    /** Sign-ups (API and form) from one client address. */
    public RateLimit signUpPerAddress() {
        return signUpPerAddress;
    }

    /** Sign-ups from anywhere: each makes a schema and an identity-provider account. */
    public RateLimit signUpOverall() {
        return signUpOverall;
    }

    /** Portal requests naming one link (pages, their actions, the portal API). */
    public RateLimit portalPerLink() {
        return portalPerLink;
    }

    /** Portal requests from one client address, whatever they name (known links or not). */
    public RateLimit portalPerAddress() {
        return portalPerAddress;
    }

    /** Checkout pages opened (or closed for another amount) at the payment provider through one link. */
    public RateLimit checkoutsPerLink() {
        return checkoutsPerLink;
    }

    /** Checkout attempts made for one invoice, through any of its links. */
    public RateLimit checkoutsPerInvoice() {
        return checkoutsPerInvoice;
    }

    public List<RateLimit> all() {
        return List.of(signUpPerAddress, signUpOverall, portalPerLink, portalPerAddress, checkoutsPerLink,
                checkoutsPerInvoice);
    }
}
