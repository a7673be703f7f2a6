package com.becflow.workspace.clients;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.cockpit.ClientActivity;
import com.becflow.cockpit.PaymentRecord;
import com.becflow.cockpit.Reliability;
import com.becflow.cockpit.app.ClientHistoryQueries;
import com.becflow.feedback.app.FeedbackQueries;
import com.becflow.invoicing.statements.StatementFile;
import com.becflow.invoicing.statements.app.ClientStatements;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.contracts.ContractView;
import com.becflow.workspace.invoicing.InvoiceView;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One client: how they pay (average days from issue to payment, and a reliability word from their own history), the
 * thank-you discount waiting for their next invoice, and everything that happened with their contracts and invoices
 * in one timeline, newest first, each entry linking to its document.
 */
@Route(value = "clients/:id", layout = WorkspaceLayout.class)
@PageTitle("Client | Becflow")
public class ClientView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Map<Reliability, String> BADGES = Map.of(Reliability.NO_HISTORY, "badge contrast",
            Reliability.PAYS_ON_TIME, "badge success", Reliability.MOSTLY_ON_TIME, "badge",
            Reliability.OFTEN_LATE, "badge error", Reliability.LONG_OVERDUE, "badge error primary");

    private final ClientHistoryQueries history;
    private final FeedbackQueries feedback;
    private final ThankYouGrants thankYous;
    private final ClientStatements statements;
    private final WorkspaceTenant tenant;

    @Inject
    public ClientView(ClientHistoryQueries history, FeedbackQueries feedback, ThankYouGrants thankYous,
                      ClientStatements statements, WorkspaceTenant tenant) {
        this.history = history;
        this.feedback = feedback;
        this.thankYous = thankYous;
        this.statements = statements;
        this.tenant = tenant;
        setId("client-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ClientHistoryQueries.ClientHistory read;
        try {
            read = history.read(new ClientId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))),
                    tenant.get());
        } catch (IllegalArgumentException | ClientNotFound e) {
            H2 missing = new H2("No such client");
            missing.setId("client-not-found");
            add(missing, new RouterLink("← All clients", ClientListView.class));
            return;
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        Client client = read.client();
        H2 name = new H2(client.name());
        name.setId("client-page-name");
        add(new RouterLink("← All clients", ClientListView.class), name,
                new Paragraph(client.email() + " · " + client.zone().getId() + " · " + client.currency().getCurrencyCode()),
                statement(client.id()), record(read.record()), thankYou(thankYous.ofClient(client.id(), tenant.get())), new H3("Feedback"), feedback(feedback.ofClient(tenant.get(), client.id()),
                        tenant.get().zone()), new H3("Timeline"), timeline(read, tenant.get().zone()));
    }

    /** The client's statement of account over the twelve months ending today, made when the link is followed. */
    private Anchor statement(ClientId id) {
        Anchor statement = new Anchor(DownloadHandler.fromInputStream(event -> {
            StatementFile file = statements.pdf(id, statements.period(null, null, tenant.get()), tenant.get());
            return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf",
                    file.pdf().length);
        }), AttachmentType.DOWNLOAD, "Statement of account (PDF)");
        statement.setId("client-statement");
        return statement;
    }

    /** The thank-you discounts the client's next invoice would take, oldest first (it takes the oldest). */
    static Component thankYou(List<ThankYouGrants.ClientDiscount> discounts) {
        Paragraph line = new Paragraph();
        line.setId("client-thank-you");
        List<String> open = discounts.stream().filter(ThankYouGrants.ClientDiscount::open)
                .map(ThankYouGrants.ClientDiscount::discount)
                .sorted(Comparator.comparing(ThankYouDiscount::grantedAt))
                .map(d -> d.percentText() + "% off the next invoice, until " + DAY.format(d.expiresOn())
                        + ", for paying " + d.thankedNumber() + " on time").toList();
        line.setText(open.isEmpty() ? "No thank-you discount open." : "Thank-you discount: " + String.join("; then ",
                open) + ".");
        return line;
    }

    /** Each settled engagement's feedback: the ratings and comment, or when it was asked and is still unanswered. */
    static Component feedback(List<FeedbackQueries.Entry> entries, ZoneId zone) {
        Div list = new Div();
        list.setId("client-feedback");
        if (entries.isEmpty()) {
            list.add(new Paragraph("None yet: once an engagement is settled (its last invoice paid), the client is asked"
                    + " how the work and the billing went."));
        }
        for (FeedbackQueries.Entry entry : entries) {
            String said = entry.feedback().answer().map(a -> entry.engagement() + ": work " + a.work() + " of 5, billing "
                    + a.billing() + " of 5" + (a.comment() == null ? "" : ". \u201c" + a.comment() + "\u201d"))
                    .orElse(entry.engagement() + ": asked " + WHEN.format(entry.feedback().requestedAt().atZone(zone))
                            + ", no answer yet");
            list.add(new Paragraph(said));
        }
        return list;
    }

    private static Component record(PaymentRecord record) {
        Span reliability = new Span(record.reliability().label());
        reliability.setId("client-reliability");
        reliability.getElement().getThemeList().add(BADGES.get(record.reliability()));
        Span average = new Span(record.averageDaysToPay().map(days -> days.toPlainString() + " days on average")
                .orElse("No invoice paid yet"));
        average.setId("client-average-days-to-pay");
        Span counts = new Span(record.paid() + " paid (" + record.paidOnTime() + " on time), " + record.overdue()
                + " overdue now" + (record.overdue() > 0 ? ", the oldest " + record.mostDaysOverdue() + " days late" : ""));
        counts.setId("client-payment-counts");
        FlexLayout figures = new FlexLayout(box("Reliability", reliability), box("Time to pay", average),
                box("History", counts));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        return figures;
    }

    private static Component box(String title, Component value) {
        Span heading = new Span(title);
        heading.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div box = new Div(new Div(heading), value);
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)").set("min-width", "12em");
        return box;
    }

    private static Component timeline(ClientHistoryQueries.ClientHistory read, ZoneId zone) {
        if (read.timeline().isEmpty()) {
            Paragraph none = new Paragraph("Nothing yet: contracts and invoices sent to this client appear here.");
            none.setId("client-timeline-empty");
            return none;
        }
        Grid<ClientActivity> grid = new Grid<>(ClientActivity.class, false);
        grid.setId("client-timeline");
        grid.addColumn(a -> WHEN.format(a.at().atZone(zone))).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ClientView::document).setHeader("Contract or invoice").setAutoWidth(true);
        grid.addColumn(ClientView::what).setHeader("What happened").setFlexGrow(2);
        grid.setItems(read.timeline());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component document(ClientActivity activity) {
        RouterLink link = new RouterLink((activity.source() == ClientActivity.Source.CONTRACT ? "Contract " : "Invoice ")
                + activity.name(), activity.source() == ClientActivity.Source.CONTRACT ? ContractView.class
                : InvoiceView.class, new RouteParameters("id", activity.document().toString()));
        return link;
    }

    private static String what(ClientActivity activity) {
        String type = activity.type().charAt(0) + activity.type().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return activity.detail() == null || activity.detail().isBlank() ? type : type + ": " + activity.detail();
    }
}
