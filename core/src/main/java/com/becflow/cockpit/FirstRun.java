package com.becflow.cockpit;

/**
 * The three first steps of a new workspace, each done once its data exists: business details for the invoices
 * (their address, which sign-up does not ask for), a first client, and a first contract or invoice.
 */
public record FirstRun(boolean businessDetails, boolean firstClient, boolean firstContractOrInvoice) {

    public boolean complete() {
        return businessDetails && firstClient && firstContractOrInvoice;
    }
}
