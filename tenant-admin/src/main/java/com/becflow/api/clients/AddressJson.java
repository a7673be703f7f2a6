package com.becflow.api.clients;

import com.becflow.clients.PostalAddress;
import jakarta.validation.constraints.Size;

public record AddressJson(
        @Size(max = 200, message = "At most 200 characters") String line1,
        @Size(max = 200, message = "At most 200 characters") String line2,
        @Size(max = 100, message = "At most 100 characters") String city,
        @Size(max = 20, message = "At most 20 characters") String postalCode,
        @Size(max = 100, message = "At most 100 characters") String region,
        @Size(max = 2, message = "Use a two-letter country code") String country) {

    static AddressJson from(PostalAddress a) {
        return a == null ? null : new AddressJson(a.line1(), a.line2(), a.city(), a.postalCode(), a.region(), a.country());
    }
}
