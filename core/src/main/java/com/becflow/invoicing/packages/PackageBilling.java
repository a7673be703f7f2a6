package com.becflow.invoicing.packages;

/** How a package's one price reaches the client. */
public enum PackageBilling {
    /** Each milestone carries its share of the price and is invoiced when it is delivered. */
    PER_MILESTONE("Per milestone, on delivery"),
    /** One invoice for the whole price at once, which the client may pay by a payment plan; milestones only track delivery. */
    BY_PLAN("One invoice, paid at once or by a plan");

    private final String label;

    PackageBilling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
