package com.becflow.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A billing address as printed on invoices; every part is optional, the country is ISO 3166 alpha-2. */
@Embeddable
public class PostalAddress {

    @Column(name = "address_line1", length = ClientLimits.ADDRESS_LINE)
    private String line1;
    @Column(name = "address_line2", length = ClientLimits.ADDRESS_LINE)
    private String line2;
    @Column(name = "address_city", length = ClientLimits.CITY)
    private String city;
    @Column(name = "address_postal_code", length = ClientLimits.POSTAL_CODE)
    private String postalCode;
    @Column(name = "address_region", length = ClientLimits.REGION)
    private String region;
    @Column(name = "address_country", length = ClientLimits.COUNTRY)
    private String country;

    protected PostalAddress() {
    }

    public PostalAddress(String line1, String line2, String city, String postalCode, String region, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.postalCode = postalCode;
        this.region = region;
        this.country = country;
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
    public String region() { return region; }
    public String country() { return country; }
}
