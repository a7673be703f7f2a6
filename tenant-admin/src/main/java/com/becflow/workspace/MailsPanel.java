package com.becflow.workspace;

import com.becflow.shared.mail.MailDelivery;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The mails sent to the client about a contract or an invoice and where each stands: waiting, accepted by the mail
 * server (and when), or failed for good (when and why). The newest mail having failed is said above the list, since
 * the client then may have no working link.
 */
public class MailsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    private final H3 title = new H3("Mails to the client");
    private final Paragraph failure = new Paragraph();
    private final Grid<MailDelivery> mails = new Grid<>(MailDelivery.class, false);
    private ZoneId zone = ZoneId.of("UTC");

    /** @param subject what the mails are about, as element ids start: "contract", "invoice" */
    public MailsPanel(String subject) {
        setId(subject + "-mails");
        setPadding(false);
        failure.setId(subject + "-mail-failed");
        failure.getElement().getThemeList().add("badge error");
        failure.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-s)");
        mails.setId(subject + "-mail-list");
        mails.addColumn(MailDelivery::to).setHeader("To").setAutoWidth(true);
        mails.addColumn(MailDelivery::subject).setHeader("Subject").setFlexGrow(2);
        mails.addComponentColumn(MailsPanel::state).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        mails.addColumn(d -> at(d.queuedAt())).setHeader("Queued").setAutoWidth(true).setFlexGrow(0);
        mails.addColumn(this::outcome).setHeader("Outcome").setFlexGrow(3);
        mails.addColumn(MailDelivery::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        mails.setAllRowsVisible(true);
        add(failure, title, mails);
    }

    public void show(List<MailDelivery> deliveries, ZoneId zone) {
        this.zone = zone;
        mails.setItems(deliveries);
        mails.setVisible(!deliveries.isEmpty());
        title.setVisible(!deliveries.isEmpty());
        MailDelivery newest = deliveries.isEmpty() ? null : deliveries.get(deliveries.size() - 1);
        failure.setVisible(newest != null && newest.state() == MailDelivery.State.FAILED);
        if (failure.isVisible()) {
            failure.setText("The mail to " + newest.to() + " could not be delivered (" + at(newest.failedAt()) + "): "
                    + newest.lastError() + ". Check the client's address, then send a fresh link.");
        }
    }

    private static Span state(MailDelivery d) {
        Span badge = new Span(switch (d.state()) {
            case QUEUED -> d.retrying() ? "retrying" : "queued";
            case SENT -> "sent";
            case FAILED -> "failed";
        });
        badge.getElement().setAttribute("theme", switch (d.state()) {
            case QUEUED -> d.retrying() ? "badge contrast" : "badge";
            case SENT -> "badge success";
            case FAILED -> "badge error";
        });
        return badge;
    }

    private String outcome(MailDelivery d) {
        return switch (d.state()) {
            case QUEUED -> d.retrying() ? "Next attempt " + at(d.nextAttemptAt()) + "; last: " + d.lastError() : "On its way";
            case SENT -> "Accepted by the mail server " + at(d.sentAt());
            case FAILED -> "Failed " + at(d.failedAt()) + ": " + d.lastError();
        };
    }

    private String at(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }
}
