package com.becflow.invoicing.plans;

/** Where a plan stands: proposed by the freelancer, accepted by the client, or cancelled (kept, never deleted). */
public enum PlanStatus {
    PROPOSED, ACCEPTED, CANCELLED;

    public boolean live() {
        return this != CANCELLED;
    }
}
