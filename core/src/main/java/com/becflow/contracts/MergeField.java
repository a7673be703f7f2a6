package com.becflow.contracts;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The placeholders a template's text may use, written {@code {{client.name}}}. */
public enum MergeField {
    CLIENT_NAME("client.name", "the client's name"),
    CLIENT_COMPANY("client.company", "the client's company (or their name)"),
    CLIENT_EMAIL("client.email", "the client's email"),
    CLIENT_ADDRESS("client.address", "the client's billing address"),
    PROJECT_NAME("project.name", "the project"),
    PROJECT_START("project.start_date", "the start date"),
    PROJECT_END("project.end_date", "the end date"),
    PROJECT_FEE("project.fee", "the fee with its currency"),
    DEPOSIT_AMOUNT("deposit.amount", "the deposit with its currency"),
    FREELANCER_NAME("freelancer.business_name", "your business name"),
    FREELANCER_EMAIL("freelancer.email", "your email"),
    CONTRACT_DATE("contract.date", "the day the contract is sent");

    private final String key;
    private final String meaning;

    MergeField(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }

    public String placeholder() {
        return "{{" + key + "}}";
    }

    public static Optional<MergeField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static String allKeys() {
        return Arrays.stream(values()).map(MergeField::key).collect(Collectors.joining(", "));
    }
}
