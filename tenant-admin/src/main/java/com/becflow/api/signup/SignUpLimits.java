package com.becflow.api.signup;

import com.becflow.integrations.web.ClientAddresses;
import com.becflow.shared.limits.RateLimited;
import com.becflow.shared.limits.RateLimiter;
import com.becflow.shared.limits.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The sign-up limits, for the API and the form alike: first per client address (as {@link ClientAddresses} resolves
 * it: a forwarded address only from a trusted proxy), then overall, so that one address that is refused does not use
 * up everyone's share.
 */
@ApplicationScoped
public class SignUpLimits {

    private final RateLimiter limiter;
    private final RateLimits limits;

    @Inject
    public SignUpLimits(RateLimiter limiter, RateLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    protected SignUpLimits() {
        this(null, null);
    }

    /**
     * Counts one sign-up from the client behind {@code request}.
     *
     * @throws RateLimited when the address or everyone together signed up too often
     */
    public void check(HttpServletRequest request) {
        limiter.check(limits.signUpPerAddress(), ClientAddresses.of(request));
        limiter.check(limits.signUpOverall(), "all");
    }
}
