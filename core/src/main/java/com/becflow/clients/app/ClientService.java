package com.becflow.clients.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientDetails;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.clients.ClientPage;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.Clients;
import com.becflow.clients.InvalidClient;
import com.becflow.clients.PostalAddress;
import com.becflow.clients.ReminderChannel;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.money.InvoiceCurrency;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Use cases on a tenant's clients. */
@ApplicationScoped
@Transactional
public class ClientService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Clients clients;
    private final Clock clock;
    private final PortalLinkService links;

    @Inject
    public ClientService(Clients clients, Clock clock, PortalLinkService links) {
        this.clients = clients;
        this.clock = clock;
        this.links = links;
    }

    protected ClientService() {
        this(null, null, null);
    }

    public ClientPage search(ClientSearch search, TenantContext ctx) {
        return clients.search(ctx.tenant(), search);
    }

    public long count(ClientSearch search, TenantContext ctx) {
        return clients.count(ctx.tenant(), search);
    }

    public Client get(ClientId id, TenantContext ctx) {
        return clients.find(ctx.tenant(), id).orElseThrow(() -> new ClientNotFound(id));
    }

    public Client add(SaveClient command, TenantContext ctx) {
        ctx.requireWritable();
        Client client = Client.add(ClientId.newId(), details(command, ctx), clock.instant());
        clients.add(ctx.tenant(), client);
        return client;
    }

    public Client update(ClientId id, SaveClient command, TenantContext ctx) {
        ctx.requireWritable();
        ClientDetails details = details(command, ctx);
        Client client = get(id, ctx);
        String before = client.email();
        client.change(details, clock.instant());
        if (!sameAddress(before, client.email())) {
            // Links in mail to the old address must not keep opening the client's documents.
            links.revokeOfClient(ctx.tenant(), id, client.email());
        }
        return client;
    }

    /** Archives the client; the links they were sent stop working (a restored client gets fresh ones with new mail). */
    public Client archive(ClientId id, TenantContext ctx) {
        ctx.requireWritable();
        Client client = get(id, ctx);
        client.archive(clock.instant());
        links.revokeOfClient(ctx.tenant(), id, null);
        return client;
    }

    private static boolean sameAddress(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    public Client restore(ClientId id, TenantContext ctx) {
        ctx.requireWritable();
        Client client = get(id, ctx);
        client.restore(clock.instant());
        return client;
    }

    /** Turns what was typed into domain values, collecting every problem before refusing. */
    static ClientDetails details(SaveClient c, TenantContext ctx) {
        Map<String, String> errors = new LinkedHashMap<>();
        Currency currency = ctx.homeCurrency();
        if (!isBlank(c.currency())) {
            currency = InvoiceCurrency.parse(c.currency(), problem -> errors.put("currency", problem)).orElse(currency);
        }
        ZoneId zone = ctx.zone();
        if (!isBlank(c.timeZone())) {
            try {
                zone = ZoneId.of(c.timeZone().trim());
            } catch (DateTimeException e) {
                errors.put("timeZone", "Unknown time zone: " + c.timeZone());
            }
        }
        Locale language = Locale.ENGLISH;
        if (!isBlank(c.language())) {
            try {
                language = new Locale.Builder().setLanguageTag(c.language().trim()).build();
            } catch (IllformedLocaleException e) {
                errors.put("language", "Not a language tag such as en or de-CH: " + c.language());
            }
        }
        String country = trimToNull(c.country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                errors.put("country", "Unknown country code: " + c.country());
            }
        }
        ReminderChannel channel = ReminderChannel.EMAIL;
        if (!isBlank(c.reminderChannel())) {
            try {
                channel = ReminderChannel.valueOf(c.reminderChannel().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("reminderChannel", "Use one of EMAIL, SMS, PHONE_CALL, NONE");
            }
        }
        if (isBlank(c.name())) {
            errors.put("name", "Enter the client's name");
        }
        if (isBlank(c.email())) {
            errors.put("email", "Enter the client's email");
        }
        if (!errors.isEmpty()) {
            throw new InvalidClient(errors);
        }
        PostalAddress address = new PostalAddress(trimToNull(c.addressLine1()), trimToNull(c.addressLine2()),
                trimToNull(c.city()), trimToNull(c.postalCode()), trimToNull(c.region()), country);
        return new ClientDetails(c.name().trim(), c.email().trim(), trimToNull(c.company()), address,
                trimToNull(c.taxId()), currency, zone, language, channel, trimToNull(c.notes()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }
}
