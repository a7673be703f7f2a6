package com.becflow.api.clients;

import static com.becflow.clients.ClientLimits.*;

import com.becflow.clients.PostalAddress;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A billing address on the wire. A class with fields rather than a record: Payara's OpenAPI generator takes
 * constraint annotations on a record's constructor parameters for path parameters and fails.
 */
public class AddressJson {

    @Size(max = ADDRESS_LINE, message = TOO_LONG)
    public String line1;
    @Size(max = ADDRESS_LINE, message = TOO_LONG)
    public String line2;
    @Size(max = CITY, message = TOO_LONG)
    public String city;
    @Size(max = POSTAL_CODE, message = TOO_LONG)
    public String postalCode;
    @Size(max = REGION, message = TOO_LONG)
    public String region;
    @Size(max = COUNTRY, message = "Use a two-letter country code")
    @Schema(description = "ISO 3166-1 alpha-2")
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
