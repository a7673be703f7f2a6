package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.app.ContractService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoiceNotFound;
import com.becflow.invoicing.recurring.RecurringInvoices.IssuedDay;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.app.RecurringInvoicing;
import com.becflow.invoicing.recurring.app.RetainerTimesheet;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One recurring invoice: for whom, how much, the schedule and whether it still issues (with the reason when the
 * morning round paused it); its next days, and every invoice it issued with where that invoice stands. Changed here
 * for the invoices still to come, paused, resumed and ended. A retainer's page also shows its hours and logs them
 * ({@link RetainerHoursPanel}).
 */
@Route(value = "recurring-invoices/:id", layout = WorkspaceLayout.class)
@PageTitle("Recurring invoice | Becflow")
public class RecurringInvoiceView extends VerticalLayout implements BeforeEnterObserver {

    /** How far ahead the page names the days: half a year of a monthly series. */
    static final int UPCOMING_SHOWN = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** An issued day with the invoice it produced, and that invoice's status for its client today. */
    private record IssuedRow(IssuedDay issued, Invoice invoice, InvoiceStatus status) {
    }

    private final RecurringInvoicing recurring;
    private final InvoiceQueries invoices;
    private final ClientService clients;
    private final ContractService contracts;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final RecurringSeriesActions actions;
    private final RecurringInvoiceForm form;
    private final RetainerHoursPanel hours;
    /** The invoices the series issued, by id, for the links of the hours they billed. */
    private final Map<InvoiceId, Invoice> issuedInvoices = new HashMap<>();
    private RecurringInvoiceId id;
    private RecurringInvoice series;
    private Client client;
    private boolean writable;
    private boolean changing;
    private ZoneId zone;

    @Inject
    public RecurringInvoiceView(RecurringInvoicing recurring, RetainerTimesheet timesheet, InvoiceQueries invoices,
                                ClientService clients, ContractService contracts, WorkspaceTenant tenant, Clock clock) {
        this.recurring = recurring;
        this.invoices = invoices;
        this.clients = clients;
        this.contracts = contracts;
        this.tenant = tenant;
        this.clock = clock;
        this.actions = new RecurringSeriesActions(recurring, tenant::get);
        // A series keeps its client, so the form never searches for another.
        this.form = new RecurringInvoiceForm(query -> Stream.empty(),
                new ClientChoices(clients, contracts, tenant::get)::signedContracts);
        this.hours = new RetainerHoursPanel(timesheet, tenant::get, invoiceId -> invoiceLink(invoiceId,
                issuedInvoices.computeIfAbsent(invoiceId, i -> invoices.get(i, tenant.get()))));
        form.addSaveListener(e -> save(e.draft()));
        form.addCancelListener(e -> {
            changing = false;
            reload();
        });
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        changing = false;
        try {
            id = new RecurringInvoiceId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException e) {
            notFound();
            return;
        }
        reload();
    }

    /** Reads the series again and redraws everything. */
    private void reload() {
        List<IssuedRow> issued;
        try {
            TenantContext ctx = tenant.get();
            writable = ctx.access() == TenantAccess.FULL;
            zone = ctx.zone();
            series = recurring.get(id, ctx);
            client = clients.get(series.clientId(), ctx);
            issued = issuedRows(recurring.issuedDays(id, ctx), ctx);
            issuedInvoices.clear();
            issued.forEach(row -> issuedInvoices.put(row.issued().invoice(), row.invoice()));
            if (series.retainer().isPresent() && !changing) {
                hours.show(series, writable, LocalDate.now(clock.withZone(zone)));
            }
        } catch (RecurringInvoiceNotFound e) {
            notFound();
            return;
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        removeAll();
        RouterLink back = new RouterLink("← All recurring invoices", RecurringInvoiceListView.class);
        back.setId("back-to-recurring-invoices");
        H2 title = new H2("Recurring invoice for " + client.name());
        title.setId("recurring-title");
        title.getStyle().set("margin", "0");
        Span status = InvoiceStatusBadge.of(series.status());
        status.setId("recurring-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph summary = new Paragraph(summaryText(series));
        summary.setId("recurring-summary");
        add(back, heading, summary);
        series.problem().ifPresent(problem -> {
            Paragraph why = new Paragraph("Paused by the morning round: " + problem + ". Change what it names, then"
                    + " resume; the days that pass meanwhile are skipped.");
            why.setId("recurring-problem");
            why.getStyle().set("color", "var(--lumo-error-text-color)");
            add(why);
        });
        if (changing) {
            showForm();
            return;
        }
        Button change = new Button("Change", e -> {
            changing = true;
            reload();
        });
        change.setId("change-recurring");
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        change.setVisible(writable && series.status() != RecurringStatus.ENDED);
        HorizontalLayout buttons = actions.buttons(series, "", writable, this::reload);
        buttons.addComponentAsFirst(change);
        add(buttons);
        if (series.retainer().isPresent()) {
            add(new H3("Retainer hours"), hours);
        }
        add(new H3("Upcoming invoices"), upcoming(), new H3("Issued invoices"), issued(issued));
    }

    private Div upcoming() {
        Div box = new Div();
        box.setId("recurring-upcoming");
        List<LocalDate> days = series.upcoming(UPCOMING_SHOWN);
        if (days.isEmpty()) {
            box.add(new Paragraph(switch (series.status()) {
                case PAUSED -> "None while paused: resume it to issue again from the next day of its schedule.";
                case ENDED -> "None: it has ended.";
                case ACTIVE -> series.closingDay().map(day -> "No fee left. On " + DAY.format(day) + ", "
                        + RecurringInvoice.ISSUE_TIME + ", the last period closes: its hours beyond the allowance are"
                        + " billed, then the retainer ends.").orElse("None: the schedule has no day left.");
            }));
            return box;
        }
        UnorderedList list = new UnorderedList();
        days.forEach(day -> list.add(new ListItem(DAY.format(day) + ", " + RecurringInvoice.ISSUE_TIME)));
        list.getStyle().set("margin", "0");
        Paragraph note = new Paragraph("Issued and emailed to " + client.email() + " at " + RecurringInvoice.ISSUE_TIME
                + ", " + zone.getId() + " time" + (days.size() == UPCOMING_SHOWN ? "; the schedule goes on after these."
                : series.retainer().isPresent() ? "; then the last period closes with its extra hours."
                : "; then the series ends."));
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-xs) 0");
        box.add(list, note);
        return box;
    }

    private Div issued(List<IssuedRow> rows) {
        Div box = new Div();
        box.setId("recurring-issued");
        box.setWidthFull();
        if (rows.isEmpty()) {
            box.add(new Paragraph("None yet."));
            return box;
        }
        Grid<IssuedRow> grid = new Grid<>();
        grid.setId("recurring-issued-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> DAY.format(r.issued().day())).setHeader("For the day").setAutoWidth(true);
        grid.addComponentColumn(r -> invoiceLink(r.issued().invoice(), r.invoice())).setHeader("Invoice").setAutoWidth(true);
        grid.addComponentColumn(r -> InvoiceStatusBadge.of(r.status()))
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> MoneyText.of(r.invoice().total())).setHeader("Total")
                .setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(r.issued().issuedAt().atZone(zone))).setHeader("Issued at").setAutoWidth(true);
        grid.setItems(rows);
        box.add(grid);
        return box;
    }

    /** The invoice's number (or "Draft") leading to its page; the package page links its invoices the same way. */
    static RouterLink invoiceLink(InvoiceId invoiceId, Invoice invoice) {
        return new RouterLink(invoice.number().orElse("Draft"), InvoiceView.class,
                new RouteParameters("id", invoiceId.toString()));
    }

    private List<IssuedRow> issuedRows(List<IssuedDay> days, TenantContext ctx) {
        List<Invoice> made = days.stream().map(d -> invoices.get(d.invoice(), ctx)).toList();
        Map<InvoiceId, InvoiceStatus> statuses = invoices.statuses(made, ctx);
        return IntStream.range(0, days.size())
                .mapToObj(i -> new IssuedRow(days.get(i), made.get(i), statuses.getOrDefault(made.get(i).id(),
                        made.get(i).status())))
                .toList();
    }

    private void showForm() {
        TenantContext ctx = tenant.get();
        Contract contract = series.contractId().flatMap(c -> {
            try {
                return Optional.of(contracts.get(c, ctx));
            } catch (ContractNotFound e) {
                return Optional.<Contract>empty();
            }
        }).orElse(null);
        form.change(series, client, contract, LocalDate.now(clock.withZone(zone)), zone, writable,
                invoices.settings(ctx).defaultNetDays());
        add(form);
    }

    private void save(RecurringInvoiceDraft draft) {
        if (Notices.attempt(() -> recurring.change(id, draft.toCommand(), tenant.get()), form::showErrors)) {
            Notices.success("Saved: the invoices still to come follow the changes");
            changing = false;
            reload();
        }
    }

    private void notFound() {
        removeAll();
        H2 missing = new H2("No such recurring invoice");
        missing.setId("recurring-not-found");
        add(missing, new Paragraph("The address may be mistyped."),
                new RouterLink("← All recurring invoices", RecurringInvoiceListView.class));
    }

    /** "EUR 1,071.00 per invoice · monthly from 2027-01-31 · retainer: 10 h included, EUR 95.00 an extra hour · …". */
    static String summaryText(RecurringInvoice series) {
        String retainer = series.retainer().map(r -> " · retainer: " + RetainerHoursPanel.hoursText(r.includedHours())
                + " h included, " + MoneyText.of(new Money(r.extraHourRate(), series.content().currency()))
                + " an extra hour" + (r.rollover() ? ", unused hours roll over" : "")).orElse("");
        return MoneyText.of(series.content().totals().total()) + " per invoice · " + series.schedule().describe()
                + retainer + " · " + issuedText(series.issuedCount());
    }

    private static String issuedText(int issued) {
        return issued == 0 ? "none issued yet" : issued == 1 ? "1 invoice issued" : issued + " invoices issued";
    }
}
