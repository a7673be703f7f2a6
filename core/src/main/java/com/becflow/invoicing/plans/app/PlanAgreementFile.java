package com.becflow.invoicing.plans.app;

/** The agreement PDF of an accepted plan, with the SHA-256 recorded when it was made. */
public record PlanAgreementFile(byte[] pdf, String sha256, String fileName) {
}
