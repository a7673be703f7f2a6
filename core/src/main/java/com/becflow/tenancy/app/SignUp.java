package com.becflow.tenancy.app;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A freelancer asks for a trial workspace. */
public record SignUp(
        @NotBlank(message = "Enter the name of your business") @Size(max = 200) String businessName,
        @NotBlank(message = "Enter your first name") @Size(max = 100) String firstName,
        @NotBlank(message = "Enter your last name") @Size(max = 100) String lastName,
        @NotBlank(message = "Enter your email") @Email(message = "Enter a valid email address") @Size(max = 254) String email,
        @NotBlank(message = "Choose a password") @Size(min = 10, max = 128, message = "Use 10 to 128 characters") String password,
        @NotBlank @Size(max = 64) String timeZone,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "Use a three-letter ISO currency code") String homeCurrency) {

    @Override
    public String toString() {
        return "SignUp[businessName=" + businessName + ", email=" + email + "]";
    }
}
