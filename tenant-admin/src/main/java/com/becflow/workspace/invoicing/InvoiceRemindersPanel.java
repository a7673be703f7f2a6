package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.app.FormalLetters;
import com.becflow.reminders.app.NextReminder;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.reminders.app.ReminderSending;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open invoice's reminders on its page: the next one (its step, its tone, when it goes out on the client's clock,
 * what holds it), exactly as the client will receive it, and the freelancer's say over it: send it now, skip it, pause
 * reminders through a day, or resume them.
 */
final class InvoiceRemindersPanel extends VerticalLayout {

    private static final Logger LOG = Logger.getLogger(InvoiceRemindersPanel.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReminderControls controls;
    private final ReminderPolicies policies;
    private final ReminderSending sending;
    private final FormalLetters letters;
    private final Supplier<TenantContext> tenant;

    InvoiceRemindersPanel(ReminderControls controls, ReminderPolicies policies, ReminderSending sending,
                          FormalLetters letters, Supplier<TenantContext> tenant) {
        this.controls = controls;
        this.policies = policies;
        this.sending = sending;
        this.letters = letters;
        this.tenant = tenant;
        setId("invoice-reminders");
        setPadding(false);
        setSpacing(false);
    }

    /**
     * @param clientZone where the client lives: reminders go out on their clock
     * @param overdue    whether a formal letter can be offered: one claims an invoice past its due date
     * @param changed    runs after a change, to redraw the invoice (its history shows the change)
     */
    void show(InvoiceId id, ZoneId clientZone, boolean overdue, boolean writable, Runnable changed) {
        removeAll();
        H3 title = new H3("Reminders");
        title.getStyle().set("margin", "var(--lumo-space-m) 0 0 0");
        add(title);
        TenantContext ctx = tenant.get();
        Optional<NextReminder> next = controls.next(ctx, id);
        Paragraph state = new Paragraph(describe(next, clientZone));
        state.setId("invoice-reminder-next");
        state.getStyle().set("margin", "0");
        add(state);
        next.ifPresent(n -> preview(ctx, id).ifPresent(this::add));
        if (writable) {
            add(buttons(id, next, changed));
        }
        if (overdue) {
            add(letter(id));
        }
    }

    /** The formal payment reminder as of today, to print or hand on; made when the link is followed. */
    private Anchor letter(InvoiceId id) {
        Anchor letter = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] pdf = letters.letter(tenant.get(), id);
                return new DownloadResponse(new ByteArrayInputStream(pdf), "payment-reminder.pdf", "application/pdf",
                        pdf.length);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The formal letter of invoice " + id + " could not be made", e);
                return DownloadResponse.error(404);
            }
        }), AttachmentType.DOWNLOAD, "Formal payment reminder (PDF)");
        letter.setId("invoice-reminder-letter");
        return letter;
    }

    /** "Next: D+7 (firm), Mon 14 Jun 2027, 09:00 on the client's clock, by mail", and what holds it. */
    static String describe(Optional<NextReminder> next, ZoneId clientZone) {
        if (next.isEmpty()) {
            return "No reminder to send: the policy's steps are done, this client gets none, autopay pays it, or the client"
                    + " disputes all of it.";
        }
        NextReminder n = next.get();
        String held = n.promisedFor() != null ? " The client promised to pay by " + DAY.format(n.promisedFor()) + "."
                : n.pausedThrough() != null ? " Paused through " + DAY.format(n.pausedThrough()) + "." : "";
        return "Next: " + n.step() + " (" + n.tone().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "), "
                + WHEN.format(n.at().atZone(clientZone)) + " on the client's clock (" + clientZone.getId() + "), "
                + medium(n) + "." + held;
    }

    private static String medium(NextReminder n) {
        return switch (n.medium()) {
            case EMAIL -> "by mail";
            case SMS -> "by text message";
            case PHONE_CALL -> "as a call for you to make";
        };
    }

    private Optional<Div> preview(TenantContext ctx, InvoiceId id) {
        try {
            ReminderPolicies.Preview p = policies.preview(ctx, id, null);
            Paragraph subject = new Paragraph("To " + p.to() + ": " + p.text().subject());
            subject.setId("invoice-reminder-subject");
            subject.getStyle().set("font-weight", "500").set("margin", "var(--lumo-space-s) 0 0 0");
            Pre body = new Pre(p.text().body());
            body.setId("invoice-reminder-body");
            body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit").set("margin", "0")
                    .set("padding", "var(--lumo-space-s)").set("background", "var(--lumo-contrast-5pct)");
            Div box = new Div(subject, body);
            box.setId("invoice-reminder-preview");
            return Optional.of(box);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private FlexLayout buttons(InvoiceId id, Optional<NextReminder> next, Runnable changed) {
        Button sendNow = new Button("Send now", e -> run(() -> sending.sendNow(tenant.get(), id),
                "Reminder sent", changed));
        sendNow.setId("reminder-send-now");
        Button skip = new Button("Skip it", e -> run(() -> controls.skip(tenant.get(), id), "Reminder skipped", changed));
        skip.setId("reminder-skip");
        DatePicker through = new DatePicker("Pause through");
        through.setId("reminder-pause-through");
        through.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        Button pause = new Button("Pause", e -> {
            through.setInvalid(false);
            if (!Notices.attempt(() -> controls.pause(tenant.get(), id, through.getValue()), errors -> {
                String message = errors.get("pausedThrough");
                if (message != null) {
                    through.setErrorMessage(message);
                    through.setInvalid(true);
                }
                return message == null ? errors : Map.of();
            })) {
                return;
            }
            Notices.success("Reminders paused");
            changed.run();
        });
        pause.setId("reminder-pause");
        Button resume = new Button("Resume", e -> run(() -> controls.resume(tenant.get(), id), "Reminders resumed",
                changed));
        resume.setId("reminder-resume");
        boolean held = next.filter(n -> n.pausedThrough() != null || n.promisedFor() != null).isPresent();
        sendNow.setEnabled(next.isPresent());
        skip.setEnabled(next.isPresent());
        resume.setVisible(held);
        for (Button b : new Button[] {sendNow, skip, pause, resume}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        FlexLayout row = new FlexLayout(sendNow, skip, through, pause, resume);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        return row;
    }

    private static void run(Runnable action, String done, Runnable changed) {
        if (Notices.attempt(action)) {
            Notices.success(done);
        }
        changed.run();
    }
}
