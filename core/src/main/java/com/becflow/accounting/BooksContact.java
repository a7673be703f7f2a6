package com.becflow.accounting;

import com.becflow.clients.ClientId;
import java.util.Objects;

/**
 * A client as the books keep it. {@code name} is what the books file the contact under (the company when there is
 * one, else the person), and must be unique there. {@code currency}: the client's, for books that keep one currency
 * per customer (QuickBooks, set when the customer is made); null when not known.
 */
public record BooksContact(ClientId client, String name, String person, String email, String taxNumber,
                           String countryCode, boolean archived, java.util.Currency currency) {

    public BooksContact(ClientId client, String name, String person, String email, String taxNumber,
                        String countryCode, boolean archived) {
        this(client, name, person, email, taxNumber, countryCode, archived, null);
    }

    public BooksContact {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }

    /** Without the currency: the books take it only when the customer is made, so a change is not pushed. */
    String fingerprintText() {
        return String.join("\u001f", name, nullToEmpty(person), email, nullToEmpty(taxNumber),
                nullToEmpty(countryCode), Boolean.toString(archived));
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
