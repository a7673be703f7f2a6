package com.becflow.reminders.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.Invoices;
import com.becflow.reminders.ClientReminders;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderRules;
import com.becflow.reminders.ReminderSettings;
import com.becflow.reminders.RenderedReminder;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The tenant's reminder policy and business hours, a client's own reminders, and the preview of a step for an
 * invoice. A saved change can bring reminders forward, so the tenant's agenda entry is noted for now: the next round
 * reads every open invoice's moment under the new policy.
 */
@ApplicationScoped
@Transactional
public class ReminderPolicies {

    /** A step as its client would receive it, and how. */
    public record Preview(String step, String to, com.becflow.reminders.ReminderMedium medium, RenderedReminder text) {
    }

    private final ReminderBook book;
    private final Invoices invoices;
    private final ClientService clients;
    private final ReminderLetters letters;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public ReminderPolicies(ReminderBook book, Invoices invoices, ClientService clients, ReminderLetters letters,
                            Agenda agenda, Clock clock) {
        this.book = book;
        this.invoices = invoices;
        this.clients = clients;
        this.letters = letters;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected ReminderPolicies() {
        this(null, null, null, null, null, null);
    }

    public ReminderSettings settings(TenantContext ctx) {
        return book.settings(ctx.tenant());
    }

    /** Replaces the tenant's policy ({@code policy} null: the standard one) and business hours. */
    public ReminderSettings save(TenantContext ctx, ReminderSettings settings) {
        if (settings.policy() != null) {
            settings.policy().validated();
        }
        book.saveSettings(ctx.tenant(), settings, clock.instant());
        agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, clock.instant());
        return book.settings(ctx.tenant());
    }

    public Optional<ClientReminders> client(TenantContext ctx, ClientId client) {
        clients.get(client, ctx);
        return book.client(ctx.tenant(), client);
    }

    /** Gives a client reminders of their own, or none; {@code reminders} null: the tenant's policy again. */
    public Optional<ClientReminders> saveClient(TenantContext ctx, ClientId client, ClientReminders reminders) {
        clients.get(client, ctx);
        if (reminders != null && reminders.policy() != null) {
            reminders.policy().validated();
        }
        book.saveClient(ctx.tenant(), client, reminders, clock.instant());
        agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, clock.instant());
        return book.client(ctx.tenant(), client);
    }

    /**
     * A step of the invoice's policy as its client would receive it on its day: the client's language, the amount
     * still due, the days overdue then. Only the pay link differs: a sent reminder carries a personal link made when it is sent.
     * {@code step} null: the invoice's next step.
     */
    public Preview preview(TenantContext ctx, InvoiceId id, String step) {
        Invoice invoice = invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
        if (invoice.dueDate() == null || !invoice.kind().owed()) {
            throw new ReminderNotPossible(id, ReminderNotPossible.Reason.INVOICE_NOT_OPEN);
        }
        Client client = clients.get(invoice.clientId(), ctx);
        Optional<ClientReminders> own = book.client(ctx.tenant(), client.id());
        ReminderPolicy policy = own.filter(o -> !o.off()).map(ClientReminders::policy)
                .orElse(book.settings(ctx.tenant()).effectivePolicy());
        ReminderOccurrence occurrence = step == null ? nextStep(ctx, id, policy)
                : policy.occurrences().stream().filter(o -> o.key().equals(step)).findFirst()
                .orElseThrow(() -> new UnknownReminderStep(step));
        String to = invoice.sentTo() == null ? client.email() : invoice.sentTo();
        return new Preview(occurrence.key(), to, ReminderRules.medium(occurrence.medium(), client.reminderChannel()),
                letters.preview(ctx, invoice, client, occurrence).write(occurrence));
    }

    /**
     * A step of a policy being edited, before it is saved, as a client reading {@code language} would receive it
     * about a made-up invoice ({@link ReminderLetters#sample}). The policy is judged as saving it would, so what
     * cannot be saved cannot be previewed either.
     */
    public Preview sample(TenantContext ctx, ReminderPolicy policy, String step, Locale language) {
        ReminderOccurrence occurrence = policy.validated().occurrences().stream().filter(o -> o.key().equals(step))
                .findFirst().orElseThrow(() -> new UnknownReminderStep(step));
        return new Preview(occurrence.key(), ReminderLetters.SAMPLE_CLIENT_EMAIL, occurrence.medium(),
                letters.sample(ctx, occurrence, language).write(occurrence));
    }

    private ReminderOccurrence nextStep(TenantContext ctx, InvoiceId id, ReminderPolicy policy) {
        return book.open(ctx.tenant(), id).flatMap(open -> ReminderRules.nextIgnoringHolds(book.settings(ctx.tenant()),
                        book.client(ctx.tenant(), open.client()).orElse(null), open, clock.instant()))
                .map(p -> p.occurrence())
                .orElseGet(() -> policy.occurrences().stream().findFirst()
                        .orElseThrow(() -> new ReminderNotPossible(id, ReminderNotPossible.Reason.NONE_LEFT)));
    }
}
