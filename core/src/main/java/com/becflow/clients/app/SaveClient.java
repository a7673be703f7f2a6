package com.becflow.clients.app;

import static com.becflow.clients.ClientLimits.*;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A client as typed by a person or sent to the API. Bean Validation checks the shape; {@link ClientService}
 * checks what needs the domain (known currency, time zone, country). Blank optional fields mean "none";
 * blank currency, time zone and language fall back to the tenant's own.
 */
public record SaveClient(
        @NotBlank(message = "Enter the client's name") @Size(max = NAME, message = TOO_LONG) String name,
        @NotBlank(message = "Enter the client's email") @Email(message = "Enter a valid email address")
        @Size(max = EMAIL, message = TOO_LONG) String email,
        @Size(max = COMPANY, message = TOO_LONG) String company,
        @Size(max = ADDRESS_LINE, message = TOO_LONG) String addressLine1,
        @Size(max = ADDRESS_LINE, message = TOO_LONG) String addressLine2,
        @Size(max = CITY, message = TOO_LONG) String city,
        @Size(max = POSTAL_CODE, message = TOO_LONG) String postalCode,
        @Size(max = REGION, message = TOO_LONG) String region,
        @Size(max = COUNTRY, message = "Use a two-letter country code") String country,
        @Size(max = TAX_ID, message = TOO_LONG) String taxId,
        @Size(max = CURRENCY, message = "Use a three-letter currency code") String currency,
        @Size(max = TIME_ZONE, message = TOO_LONG) String timeZone,
        @Size(max = LANGUAGE, message = TOO_LONG) String language,
        @Size(max = REMINDER_CHANNEL, message = "Use one of EMAIL, SMS, PHONE_CALL, NONE") String reminderChannel,
        @Size(max = NOTES, message = TOO_LONG) String notes) {
}
