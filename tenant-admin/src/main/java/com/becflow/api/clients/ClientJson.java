package com.becflow.api.clients;

import com.becflow.clients.Client;
import java.time.Instant;

public record ClientJson(String id, String name, String email, String company, AddressJson billingAddress,
                         String taxId, String currency, String timeZone, String language, String reminderChannel,
                         String notes, boolean archived, Instant createdAt, Instant updatedAt, long version) {

    static ClientJson from(Client c) {
        return new ClientJson(c.id().toString(), c.name(), c.email(), c.company(), AddressJson.from(c.billingAddress()),
                c.taxId(), c.currency().getCurrencyCode(), c.zone().getId(), c.language().toLanguageTag(),
                c.reminderChannel().name(), c.notes(), c.archived(), c.createdAt(), c.updatedAt(), c.version());
    }
}
