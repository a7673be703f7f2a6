package com.becflow.api.signup;

import com.becflow.tenancy.app.SignUp;

/** A sign-up as the API receives it; the rules are {@link SignUp}'s own. */
public class SignUpJson {

    public String businessName;
    public String firstName;
    public String lastName;
    public String email;
    public String password;
    public String timeZone;
    public String homeCurrency;

    SignUp toCommand() {
        return new SignUp(businessName, firstName, lastName, email, password,
                timeZone == null ? "UTC" : timeZone, homeCurrency == null ? "EUR" : homeCurrency);
    }
}
