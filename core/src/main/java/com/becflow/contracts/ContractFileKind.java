package com.becflow.contracts;

public enum ContractFileKind {
    SIGNED_CONTRACT("signed contract"), AUDIT_CERTIFICATE("audit certificate");

    private final String label;

    ContractFileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
