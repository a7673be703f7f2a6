package com.becflow.invoicing.plans;

/** Whether a plan must have its installments charged automatically from a saved card or bank mandate. */
public enum AutopayRule {
    REQUIRED, OPTIONAL
}
