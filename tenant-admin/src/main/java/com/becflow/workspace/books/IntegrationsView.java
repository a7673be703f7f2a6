package com.becflow.workspace.books;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksAccountsChoice;
import com.becflow.accounting.app.BooksConflictInbox;
import com.becflow.accounting.app.BooksConnecting;
import com.becflow.accounting.app.BooksQueries;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * The workspace's books: connect Xero through its consent page (which sends the freelancer back here), see the
 * connection, sync now, and read what the sync did. A revoked connection says so, with "Reconnect".
 */
@Route(value = IntegrationsView.ROUTE, layout = WorkspaceLayout.class)
@PageTitle("Integrations | Becflow")
public class IntegrationsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "integrations";
    private static final Map<String, String> REFUSALS = Map.of(
            "books.consent-refused", "The connection was not made: access was not allowed, or it was not confirmed.",
            "books.consent-expired", "The connection was not made: the consent took too long. Please start again.",
            "books.vendor-not-configured", "This server is not set up for that accounting product.");

    private final BooksConnecting connecting;
    private final BooksQueries queries;
    private final WorkspaceTenant tenant;
    private final VerticalLayout vendors = new VerticalLayout();
    private final Grid<BooksLogEntry> log = new Grid<>();
    private final BooksConflictInbox inbox;
    private final BooksConflictList conflicts;
    private final BooksAccountsChoice accountsChoice;

    @Inject
    public IntegrationsView(BooksConnecting connecting, BooksQueries queries, BooksConflictInbox inbox,
                            BooksAccountsChoice accountsChoice, WorkspaceTenant tenant) {
        this.connecting = connecting;
        this.accountsChoice = accountsChoice;
        this.queries = queries;
        this.inbox = inbox;
        this.tenant = tenant;
        this.conflicts = new BooksConflictList(this::settle);
        setWidthFull();
        setMaxWidth("70em");
        vendors.setPadding(false);
        vendors.setId("books-vendors");
        log.setId("books-log");
        log.setAllRowsVisible(true);
        log.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
        log.addColumn(e -> when.format(e.at().atZone(tenant.get().zone()))).setHeader("When").setAutoWidth(true);
        log.addColumn(e -> e.vendor().label()).setHeader("Books").setAutoWidth(true);
        log.addColumn(e -> e.outcome().name().toLowerCase(java.util.Locale.ROOT)).setHeader("What").setAutoWidth(true);
        log.addColumn(BooksLogEntry::detail).setHeader("Details").setFlexGrow(4);
        Button refresh = new Button("Refresh", e -> show());
        refresh.setId("refresh-books-log");
        add(new H2("Integrations"), new Paragraph("Keep your books in Xero or QuickBooks Online in step with Becflow: "
                + "clients become contacts, issued invoices and the payments on them are added once each, changes follow, "
                + "and payments you record in your books mark the invoice paid here (deleted there, they are taken back). "
                + "A contact you change in your books is offered under To settle, never taken silently."), vendors, new H3("To settle"), conflicts,
                new HorizontalLayout(new H3("Sync log"), refresh), log);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("connected")) {
            Notices.success("Connected. The first sync has started; its progress shows in the log below.");
        }
        if (query.containsKey("error")) {
            Notices.error(REFUSALS.getOrDefault(query.get("error").get(0), "The connection was not made."));
        }
        show();
    }

    private void show() {
        TenantContext ctx = tenant.get();
        vendors.removeAll();
        for (BooksQueries.VendorStatus status : queries.vendors(ctx)) {
            vendors.add(card(status));
        }
        List<BooksLogEntry> entries = new java.util.ArrayList<>();
        List<BooksConflict> inboxes = new java.util.ArrayList<>();
        for (BooksVendor vendor : BooksVendor.values()) {
            entries.addAll(queries.log(ctx, vendor, 50));
            inboxes.addAll(inbox.inbox(ctx, vendor));
        }
        entries.sort(java.util.Comparator.comparing(BooksLogEntry::at).reversed());
        log.setItems(entries.subList(0, Math.min(50, entries.size())));
        conflicts.show(inboxes);
    }

    private void settle(BooksConflict conflict, BooksConflict.Choice choice) {
        if (Notices.attempt(() -> inbox.settle(tenant.get(), conflict.vendor(), conflict.id(), choice))) {
            Notices.success("Settled: " + conflict.subject());
        }
        show();
    }

    private HorizontalLayout card(BooksQueries.VendorStatus status) {
        String slug = status.vendor().slug();
        Span name = new Span(status.vendor().label());
        name.getStyle().set("font-weight", "600").set("min-width", "12em");
        Span state = new Span();
        state.setId(slug + "-status");
        Span details = new Span();
        details.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout card = new HorizontalLayout(name, state, details);
        card.setId(slug + "-card");
        card.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        card.setWidthFull();
        if (!status.offered()) {
            state.setText("Not available yet");
            state.getElement().getThemeList().add("badge contrast");
            return card;
        }
        status.connection().ifPresentOrElse(connection -> {
            boolean revoked = connection.status() == com.becflow.accounting.BooksConnection.Status.REVOKED;
            state.setText(revoked ? "Access revoked" : "Connected");
            state.getElement().getThemeList().add(revoked ? "badge error" : "badge success");
            details.setText(connection.organisation().name() + " · sales to account " + connection.accounts().salesAccount()
                    + ", payments to account " + connection.accounts().bankAccount()
                    + status.progress().map(p -> " · " + p.synced() + " of " + p.total() + " in " + status.vendor().label())
                    .orElse("")
                    + (revoked ? " · Becflow's access was taken away in " + status.vendor().label() + "; reconnect to go on" : ""));
            if (revoked) {
                card.add(connectButton(status.vendor(), "Reconnect"));
            } else {
                card.add(accountsButton(status.vendor()), syncButton(status.vendor()));
            }
        }, () -> {
            state.setText("Not connected");
            state.getElement().getThemeList().add("badge");
            card.add(connectButton(status.vendor(), "Connect " + status.vendor().label()));
        });
        return card;
    }

    private Button connectButton(BooksVendor vendor, String label) {
        Button connect = new Button(label);
        connect.setId("connect-" + vendor.slug());
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.setDisableOnClick(true);
        connect.addClickListener(e -> {
            String[] page = new String[1];
            if (Notices.attempt(() -> page[0] = connecting.start(tenant.get(), vendor).toString())) {
                UI.getCurrent().getPage().setLocation(page[0]);
            } else {
                connect.setEnabled(true);
            }
        });
        return connect;
    }

    /** Opens the choice of accounts, read from the books as they are now. */
    private Button accountsButton(BooksVendor vendor) {
        Button accounts = new Button("Accounts");
        accounts.setId("books-accounts-" + vendor.slug());
        accounts.addClickListener(e -> {
            BooksAccountsChoice.Chosen[] chosen = new BooksAccountsChoice.Chosen[1];
            if (Notices.attempt(() -> chosen[0] = accountsChoice.read(tenant.get(), vendor))) {
                BooksAccountsDialog[] dialog = new BooksAccountsDialog[1];
                dialog[0] = new BooksAccountsDialog(chosen[0], choice -> {
                    boolean kept = Notices.attempt(() -> accountsChoice.choose(tenant.get(), vendor, choice),
                            dialog[0]::placeOnFields);
                    if (kept) {
                        Notices.success("Saved: the next sync posts there.");
                        show();
                    }
                    return kept;
                });
                dialog[0].open();
            }
        });
        return accounts;
    }

    private Button syncButton(BooksVendor vendor) {
        Button sync = new Button("Sync now");
        sync.setId("sync-" + vendor.slug());
        sync.addClickListener(e -> {
            if (Notices.attempt(() -> connecting.syncNow(tenant.get(), vendor))) {
                Notices.success("A sync has started; its outcome shows in the log.");
            }
        });
        return sync;
    }
}
