package com.becflow.shared.tenant;

import java.util.Objects;

/**
 * Who did something that a history records: the freelancer (a workspace user), the client (through the link sent
 * to them), the payment provider, or Becflow itself (a job, a clause of a signed contract). {@code who} names them
 * within that kind: a user id, the address a link went to, the provider's name, the rule that acted.
 */
public record Actor(Kind kind, String who) {

    public enum Kind { FREELANCER, CLIENT, PROVIDER, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(who, "who");
    }

    public static Actor freelancer(UserId user) {
        return new Actor(Kind.FREELANCER, user.toString());
    }

    public static Actor freelancer(TenantContext ctx) {
        return freelancer(ctx.actor());
    }

    /** The client, known by the address their link was sent to. */
    public static Actor client(String linkSentTo) {
        return new Actor(Kind.CLIENT, linkSentTo);
    }

    public static Actor provider(String name) {
        return new Actor(Kind.PROVIDER, name);
    }

    public static Actor system(String rule) {
        return new Actor(Kind.SYSTEM, rule);
    }

    /** As a person reads it in a history: "freelancer (user …)", "client (link sent to …)", "Stripe", "Becflow (…)". */
    public String describe() {
        return switch (kind) {
            case FREELANCER -> "freelancer (user " + who + ")";
            case CLIENT -> "client (link sent to " + who + ")";
            case PROVIDER -> who;
            case SYSTEM -> "Becflow (" + who + ")";
        };
    }
}
