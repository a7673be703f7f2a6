package com.becflow.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone a freelancer bills. Lives in the tenant's own schema. A client is archived, never deleted,
 * because invoices and contracts keep pointing at it.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    private UUID id;

    @Column(nullable = false, length = ClientLimits.NAME)
    private String name;

    @Column(nullable = false, length = ClientLimits.EMAIL)
    private String email;

    @Column(length = ClientLimits.COMPANY)
    private String company;

    @Embedded
    private PostalAddress billingAddress;

    @Column(name = "tax_id", length = ClientLimits.TAX_ID)
    private String taxId;

    @Column(nullable = false, length = ClientLimits.CURRENCY)
    private String currency;

    @Column(name = "time_zone", nullable = false, length = ClientLimits.TIME_ZONE)
    private String timeZone;

    @Column(nullable = false, length = ClientLimits.LANGUAGE)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_channel", nullable = false, length = ClientLimits.REMINDER_CHANNEL)
    private ReminderChannel reminderChannel;

    @Column(length = ClientLimits.NOTES)
    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Client() {
    }

    public static Client add(ClientId id, ClientDetails details, Instant now) {
        Client client = new Client();
        client.id = id.value();
        client.createdAt = now;
        client.change(details, now);
        return client;
    }

    public void change(ClientDetails details, Instant now) {
        name = details.name();
        email = details.email();
        company = details.company();
        billingAddress = details.billingAddress();
        taxId = details.taxId();
        currency = details.currency().getCurrencyCode();
        timeZone = details.zone().getId();
        language = details.language().toLanguageTag();
        reminderChannel = details.reminderChannel();
        notes = details.notes();
        updatedAt = now;
    }

    public void archive(Instant now) {
        archived = true;
        updatedAt = now;
    }

    public void restore(Instant now) {
        archived = false;
        updatedAt = now;
    }

    public ClientId id() { return new ClientId(id); }
    public String name() { return name; }
    public String email() { return email; }
    public String company() { return company; }
    public PostalAddress billingAddress() { return billingAddress; }
    public String taxId() { return taxId; }
    public Currency currency() { return Currency.getInstance(currency); }
    public ZoneId zone() { return ZoneId.of(timeZone); }

    /** The day it is now where the client lives: the day that decides what is due or overdue for them. */
    public LocalDate today(java.time.Clock clock) { return LocalDate.now(clock.withZone(zone())); }
    public Locale language() { return Locale.forLanguageTag(language); }
    public ReminderChannel reminderChannel() { return reminderChannel; }
    public String notes() { return notes; }
    public boolean archived() { return archived; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Client other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
