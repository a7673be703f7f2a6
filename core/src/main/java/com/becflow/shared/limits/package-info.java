/**
 * Rate limits, written once: a {@link com.becflow.shared.limits.RateLimit} names what is counted, how many per
 * window; the {@link com.becflow.shared.limits.RateLimiter} counts each check in the shared database (so every
 * replica sees the same count) and refuses with {@link com.becflow.shared.limits.RateLimited}, a 429 with its own
 * code ({@code rate.signup.address}, …) and how long to wait. The limits in force are
 * {@link com.becflow.shared.limits.RateLimits}.
 */
package com.becflow.shared.limits;
