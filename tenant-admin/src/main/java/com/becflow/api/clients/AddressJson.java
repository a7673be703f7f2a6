package com.becflow.api.clients;

import com.becflow.clients.PostalAddress;
import jakarta.validation.constraints.Size;

/**
 * A billing address on the wire. A class with fields rather than a record: Payara's OpenAPI generator takes
 * constraint annotations on a record's constructor parameters for path parameters and fails.
 */
public class AddressJson {

    @Size(max = 200, message = "At most 200 characters")
    public String line1;
    @Size(max = 200, message = "At most 200 characters")
    public String line2;
    @Size(max = 100, message = "At most 100 characters")
    public String city;
    @Size(max = 20, message = "At most 20 characters")
    public String postalCode;
    @Size(max = 100, message = "At most 100 characters")
    public String region;
    @Size(max = 2, message = "Use a two-letter country code")
    public String country;

    static AddressJson from(PostalAddress a) {
        if (a == null) {
            return null;
        }
        AddressJson json = new AddressJson();
        json.line1 = a.line1();
        json.line2 = a.line2();
        json.city = a.city();
        json.postalCode = a.postalCode();
        json.region = a.region();
        json.country = a.country();
        return json;
    }
}
