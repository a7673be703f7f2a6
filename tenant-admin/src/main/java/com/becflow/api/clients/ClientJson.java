package com.becflow.api.clients;

import com.becflow.clients.Client;
import com.becflow.clients.ReminderChannel;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ClientJson(@Schema(implementation = UUID.class, required = true) String id,
                         @Schema(required = true) String name, @Schema(required = true) String email, String company,
                         AddressJson billingAddress, String taxId,
                         @Schema(description = "ISO 4217", required = true) String currency,
                         @Schema(description = "An IANA time zone, e.g. Europe/Berlin", required = true) String timeZone,
                         @Schema(description = "A BCP 47 language tag", required = true) String language,
                         @Schema(implementation = ReminderChannel.class, required = true) String reminderChannel,
                         String notes, boolean archived, @Schema(required = true) Instant createdAt,
                         @Schema(required = true) Instant updatedAt, long version) {

    static ClientJson from(Client c) {
        return new ClientJson(c.id().toString(), c.name(), c.email(), c.company(), AddressJson.from(c.billingAddress()),
                c.taxId(), c.currency().getCurrencyCode(), c.zone().getId(), c.language().toLanguageTag(),
                c.reminderChannel().name(), c.notes(), c.archived(), c.createdAt(), c.updatedAt(), c.version());
    }
}
