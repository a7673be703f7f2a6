package com.becflow.workspace.clients;

import com.becflow.clients.Client;
import com.becflow.clients.PostalAddress;
import com.becflow.clients.app.SaveClient;

/** The client form's working copy: what the person typed, before the service decides. */
public class ClientDraft {

    private String name = "";
    private String email = "";
    private String company = "";
    private String addressLine1 = "";
    private String addressLine2 = "";
    private String city = "";
    private String postalCode = "";
    private String region = "";
    private String country = "";
    private String taxId = "";
    private String currency = "";
    private String timeZone = "";
    private String language = "";
    private String reminderChannel = "EMAIL";
    private String notes = "";

    public static ClientDraft of(Client c) {
        ClientDraft d = new ClientDraft();
        d.name = c.name();
        d.email = c.email();
        d.company = nz(c.company());
        PostalAddress a = c.billingAddress();
        if (a != null) {
            d.addressLine1 = nz(a.line1());
            d.addressLine2 = nz(a.line2());
            d.city = nz(a.city());
            d.postalCode = nz(a.postalCode());
            d.region = nz(a.region());
            d.country = nz(a.country());
        }
        d.taxId = nz(c.taxId());
        d.currency = c.currency().getCurrencyCode();
        d.timeZone = c.zone().getId();
        d.language = c.language().toLanguageTag();
        d.reminderChannel = c.reminderChannel().name();
        d.notes = nz(c.notes());
        return d;
    }

    public SaveClient toCommand() {
        return new SaveClient(name, email, company, addressLine1, addressLine2, city, postalCode, region, country,
                taxId, currency, timeZone, language, reminderChannel, notes);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getCompany() { return company; }
    public void setCompany(String v) { company = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { addressLine2 = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String v) { taxId = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String v) { timeZone = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getReminderChannel() { return reminderChannel; }
    public void setReminderChannel(String v) { reminderChannel = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
}
