package com.becflow.invoicing.statements;

/** A statement of account as a PDF, made when asked for and not kept: it is read from the ledger as it stands. */
public record StatementFile(byte[] pdf, String sha256, String fileName) {
}
