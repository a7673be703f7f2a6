package com.becflow.api.clients;

import static com.becflow.clients.ClientLimits.*;

import com.becflow.clients.ReminderChannel;
import com.becflow.clients.app.SaveClient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A client as the API receives it. Unknown fields are refused (see {@code JsonbConfiguration}); a class with
 * fields for the same reason as {@link AddressJson}.
 */
public class ClientInputJson {

    @NotBlank(message = "Enter the client's name")
    @Size(max = NAME, message = TOO_LONG)
    public String name;
    @NotBlank(message = "Enter the client's email")
    @Email(message = "Enter a valid email address")
    @Size(max = EMAIL, message = TOO_LONG)
    public String email;
    @Size(max = COMPANY, message = TOO_LONG)
    public String company;
    @Valid
    public AddressJson billingAddress;
    @Size(max = TAX_ID, message = TOO_LONG)
    public String taxId;
    @Size(max = CURRENCY, message = "Use a three-letter currency code")
    @Schema(description = "ISO 4217; the workspace's home currency when left out")
    public String currency;
    @Size(max = TIME_ZONE, message = TOO_LONG)
    public String timeZone;
    @Size(max = LANGUAGE, message = TOO_LONG)
    public String language;
    @Size(max = REMINDER_CHANNEL, message = "Use one of EMAIL, SMS, PHONE_CALL, NONE")
    @Schema(implementation = ReminderChannel.class, description = "EMAIL when left out")
    public String reminderChannel;
    @Size(max = NOTES, message = TOO_LONG)
    public String notes;

    SaveClient toCommand() {
        AddressJson a = billingAddress == null ? new AddressJson() : billingAddress;
        return new SaveClient(name, email, company, a.line1, a.line2, a.city, a.postalCode, a.region, a.country,
                taxId, currency, timeZone, language, reminderChannel, notes);
    }
}
