package com.becflow.api.signup;

import com.becflow.tenancy.app.SignUp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sign-up as the API receives it; the rules are {@link SignUp}'s own. */
public class SignUpJson {

    @Schema(required = true)
    public String businessName;
    @Schema(required = true)
    public String firstName;
    @Schema(required = true)
    public String lastName;
    @Schema(required = true, format = "email")
    public String email;
    @Schema(required = true, format = "password", writeOnly = true)
    public String password;
    @Schema(description = "An IANA time zone; UTC when left out")
    public String timeZone;
    @Schema(description = "ISO 4217; EUR when left out")
    public String homeCurrency;

    SignUp toCommand() {
        return new SignUp(businessName, firstName, lastName, email, password,
                timeZone == null ? "UTC" : timeZone, homeCurrency == null ? "EUR" : homeCurrency);
    }
}
