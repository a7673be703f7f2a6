package com.becflow.api.clients;

import com.becflow.clients.app.SaveClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A client as the API receives it. Unknown fields are refused (see {@code JsonbConfiguration}); a class with
 * fields for the same reason as {@link AddressJson}.
 */
public class ClientInputJson {

    @NotBlank(message = "Enter the client's name")
    @Size(max = 200, message = "At most 200 characters")
    public String name;
    @NotBlank(message = "Enter the client's email")
    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "At most 254 characters")
    public String email;
    @Size(max = 200, message = "At most 200 characters")
    public String company;
    @Valid
    public AddressJson billingAddress;
    @Size(max = 50, message = "At most 50 characters")
    public String taxId;
    @Size(max = 3, message = "Use a three-letter currency code")
    public String currency;
    @Size(max = 64, message = "At most 64 characters")
    public String timeZone;
    @Size(max = 35, message = "At most 35 characters")
    public String language;
    @Size(max = 16, message = "Use one of EMAIL, SMS, NONE")
    public String reminderChannel;
    @Size(max = 4000, message = "At most 4000 characters")
    public String notes;

    SaveClient toCommand() {
        AddressJson a = billingAddress == null ? new AddressJson() : billingAddress;
        return new SaveClient(name, email, company, a.line1, a.line2, a.city, a.postalCode, a.region, a.country,
                taxId, currency, timeZone, language, reminderChannel, notes);
    }
}
