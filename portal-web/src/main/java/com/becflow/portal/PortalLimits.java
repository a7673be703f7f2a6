package com.becflow.portal;

import com.becflow.integrations.web.ClientAddresses;
import com.becflow.portal.PortalLayout.Tone;
import com.becflow.shared.limits.RateLimited;
import com.becflow.shared.limits.RateLimiter;
import com.becflow.shared.limits.RateLimits;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The portal's rate limits, for its API and its pages alike: every request counts for the client's address (as
 * {@link ClientAddresses} resolves it: a forwarded address only from a trusted proxy), and for the link it names if it
 * names one ({@code rate.portal.address}, {@code rate.portal.link}). The address comes
 * first, so requests refused for it (guessing links, say) do not leave a counter per guessed link. Links are counted
 * by the hash of their secret, never the secret.
 */
@ApplicationScoped
public class PortalLimits {

    private final RateLimiter limiter;
    private final RateLimits limits;

    @Inject
    public PortalLimits(RateLimiter limiter, RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    protected PortalLimits() {
        this(null, null);
    }

    /**
     * Counts one request from the client behind {@code request}, naming {@code token} (or no link: null).
     *
     * @throws RateLimited when the address or the link was used too often
     */
    public void check(HttpServletRequest request, String token) {
        limiter.check(limits.portalPerAddress(), ClientAddresses.of(request));
        if (PortalLinkToken.wellFormed(token)) {
            limiter.check(limits.portalPerLink(), PortalLinkToken.hash(token));
        }
    }

    /** {@link #check} for the page (or the click on it) being served now. */
    public void checkPage(String token) {
        check(currentRequest(), token);
    }

    /**
     * {@link #checkPage} for a page that shows the refusal in place of itself.
     *
     * @return whether the page may go on
     */
    boolean admitPage(String token, HasComponents page) {
        try {
            checkPage(token);
            return true;
        } catch (RateLimited e) {
            page.removeAll();
            page.add(refusal(e));
            return false;
        }
    }

    /** The request Vaadin is serving, as the servlet container saw it; null outside one. */
    static HttpServletRequest currentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request instanceof VaadinServletRequest servlet ? servlet.getHttpServletRequest() : null;
    }

    /** What a page says instead of itself when a limit refused it: why, and when to come back. */
    static Div refusal(RateLimited e) {
        H1 heading = new H1("Please wait a moment.");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0").set("color", "inherit");
        Paragraph why = new Paragraph(e.getMessage());
        why.setId("rate-limited-reason");
        Div notice = PortalLayout.notice(Tone.ERROR, heading, why);
        notice.setId("rate-limited");
        notice.getElement().setAttribute("role", "alert");
        return notice;
    }
}
