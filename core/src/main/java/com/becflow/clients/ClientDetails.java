package com.becflow.clients;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** Everything a freelancer can write about a client, already checked against the domain's rules. */
public record ClientDetails(
        String name,
        String email,
        String company,
        PostalAddress billingAddress,
        String taxId,
        Currency currency,
        ZoneId zone,
        Locale language,
        ReminderChannel reminderChannel,
        String notes) {
}
