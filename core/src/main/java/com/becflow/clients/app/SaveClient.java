package com.becflow.clients.app;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A client as typed by a person or sent to the API. Bean Validation checks the shape; {@link ClientService}
 * checks what needs the domain (known currency, time zone, country). Blank optional fields mean "none";
 * blank currency, time zone and language fall back to the tenant's own.
 */
public record SaveClient(
        @NotBlank(message = "Enter the client's name") @Size(max = 200, message = "At most 200 characters") String name,
        @NotBlank(message = "Enter the client's email") @Email(message = "Enter a valid email address")
        @Size(max = 254, message = "At most 254 characters") String email,
        @Size(max = 200, message = "At most 200 characters") String company,
        @Size(max = 200, message = "At most 200 characters") String addressLine1,
        @Size(max = 200, message = "At most 200 characters") String addressLine2,
        @Size(max = 100, message = "At most 100 characters") String city,
        @Size(max = 20, message = "At most 20 characters") String postalCode,
        @Size(max = 100, message = "At most 100 characters") String region,
        @Size(max = 2, message = "Use a two-letter country code") String country,
        @Size(max = 50, message = "At most 50 characters") String taxId,
        @Size(max = 3, message = "Use a three-letter currency code") String currency,
        @Size(max = 64, message = "At most 64 characters") String timeZone,
        @Size(max = 35, message = "At most 35 characters") String language,
        @Size(max = 16) String reminderChannel,
        @Size(max = 4000, message = "At most 4000 characters") String notes) {
}
