package com.becflow.api.clients;

import com.becflow.clients.app.SaveClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A client as the API receives it. Unknown fields are refused; see {@code JsonbConfiguration}. */
public record ClientInputJson(
        @NotBlank(message = "Enter the client's name") @Size(max = 200, message = "At most 200 characters") String name,
        @NotBlank(message = "Enter the client's email") @Email(message = "Enter a valid email address")
        @Size(max = 254, message = "At most 254 characters") String email,
        @Size(max = 200, message = "At most 200 characters") String company,
        @Valid AddressJson billingAddress,
        @Size(max = 50, message = "At most 50 characters") String taxId,
        @Size(max = 3, message = "Use a three-letter currency code") String currency,
        @Size(max = 64, message = "At most 64 characters") String timeZone,
        @Size(max = 35, message = "At most 35 characters") String language,
        @Size(max = 16, message = "Use one of EMAIL, SMS, NONE") String reminderChannel,
        @Size(max = 4000, message = "At most 4000 characters") String notes) {

    SaveClient toCommand() {
        AddressJson a = billingAddress == null ? new AddressJson(null, null, null, null, null, null) : billingAddress;
        return new SaveClient(name, email, company, a.line1(), a.line2(), a.city(), a.postalCode(), a.region(),
                a.country(), taxId, currency, timeZone, language, reminderChannel, notes);
    }
}
