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

    /** The address on one line ("1 Main St, 1000 Brussels, BE"), or null when every part is empty. */
    public static String oneLine(PostalAddress a) {
        if (a == null) {
            return null;
        }
        String joined = java.util.stream.Stream.of(a.line1, a.line2, java.util.stream.Stream.of(a.postalCode, a.city)
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" ")), a.region, a.country)
                .filter(s -> s != null && !s.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        return joined.isBlank() ? null : joined;
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String city() { return city; }
    public String postalCode() { return postalCode; }
    public String region() { return region; }
    public String country() { return country; }
}
