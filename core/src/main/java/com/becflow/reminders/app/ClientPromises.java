package com.becflow.reminders.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderRules;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's own promise to pay by a day, made through their invoice's link: no reminders until that day has passed
 * where they live ({@link ReminderControls#promise}), the promise on the invoice's history, and the freelancer told by
 * mail. A client may name a day up to {@link #LATEST_DAYS} ahead; a later one is for the freelancer to agree.
 */
@ApplicationScoped
@Transactional
public class ClientPromises {

    public static final int LATEST_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final InvoiceLinks links;
    private final ReminderControls controls;
    private final ReminderBook book;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public ClientPromises(InvoiceLinks links, ReminderControls controls, ReminderBook book, ClientService clients,
                          TenantRegistry tenants, Outbox outbox, Clock clock) {
        this.links = links;
        this.controls = controls;
        this.book = book;
        this.clients = clients;
        this.tenants = tenants;
        this.outbox = outbox;
        this.clock = clock;
    }

    protected ClientPromises() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * What the client may promise on an open invoice: a day from {@code today} to {@code latest} on their calendar; and
     * the day promised already, if one still holds.
     */
    public record Standing(LocalDate today, LocalDate latest, Optional<LocalDate> promisedFor) {
    }

    /** Empty when the invoice is not open for reminders (paid, voided, written off). */
    public Optional<Standing> standing(String token) {
        return standing(links.open(token));
    }

    private Optional<Standing> standing(InvoiceLinks.Opened o) {
        return book.open(o.ctx().tenant(), o.invoice().id()).map(invoice -> {
            LocalDate today = ReminderRules.today(clock.instant(), invoice.zone());
            return new Standing(today, today.plusDays(LATEST_DAYS), Optional.ofNullable(invoice.hold().promisedFor())
                    .filter(day -> !day.isBefore(today)));
        });
    }

    public Standing promise(String token, LocalDate payBy) {
        InvoiceLinks.Opened o = links.open(token);
        Standing before = standing(o).orElseThrow(NothingToPromise::new);
        if (payBy == null || payBy.isBefore(before.today()) || payBy.isAfter(before.latest())) {
            throw new InvalidReminderHold("payBy", "A day from today (" + before.today() + ") to " + LATEST_DAYS
                    + " days ahead (" + before.latest() + ")");
        }
        controls.promise(o.ctx(), o.invoice().id(), payBy, o.client());
        Tenant tenant = tenants.recent(o.ctx().tenant());
        Client client = clients.get(o.invoice().clientId(), o.ctx());
        String number = o.invoice().number().orElse("");
        outbox.queue(o.ctx().tenant(), MailTopic.invoice(o.invoice().id().value()), OutgoingMail.text(tenant.ownerEmail(),
                "Payment promised: " + number + " (" + client.name() + ")", client.name() + " promised, through their"
                        + " invoice's link, to pay " + number + " by " + DAY.format(payBy) + ". No reminders go out until"
                        + " that day has passed; if it passes unpaid, they carry on by themselves.\n\nBecflow\n"));
        return standing(o).orElseThrow();
    }
}
