package com.becflow.api.exports;

import com.becflow.api.problem.InvalidParameters;
import com.becflow.api.security.ApiCaller;
import com.becflow.clients.ClientId;
import com.becflow.cockpit.CsvTable;
import com.becflow.cockpit.ExportTable;
import com.becflow.cockpit.app.AccountingExports;
import com.becflow.integrations.documents.XlsxTable;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Invoices, ledger lines and clients as CSV files or Excel workbooks for an accountant, with the lists' filters: each
 * export reads its filters once and hands the same table to either writer, so both files hold the same rows.
 */
@Path("exports")
@Tag(name = "Exports", description = "Invoices, payments and clients as CSV (RFC 4180, UTF-8) or Excel workbooks"
        + " (.xlsx): amounts exact beside their currency, dates ISO-8601 (real dates in a workbook), text never a"
        + " spreadsheet formula")
@RequestScoped
@Produces(ExportResource.CSV)
public class ExportResource {

    static final String CSV = "text/csv";
    static final String XLSX = XlsxTable.MEDIA_TYPE;

    /** A year and a day: any calendar year, leap or not, in one file. */
    private static final int MAX_DAYS = 366;

    @Inject
    AccountingExports exports;

    @Inject
    ApiCaller caller;

    @Inject
    Clock clock;

    @GET
    @Path("invoices.csv")
    @Operation(operationId = "exportInvoices", summary = "Invoices and credit notes as CSV, filtered as the list is")
    @APIResponse(responseCode = "200", description = "One row per invoice or credit note, newest change first",
            content = @Content(mediaType = CSV, schema = @Schema(implementation = String.class)))
    public Response invoices(@Parameter(description = "Only this client's", schema = @Schema(implementation = UUID.class))
                             @QueryParam("clientId") String clientId,
                             @Parameter(description = "Only those in this status as shown (OVERDUE included)",
                                     schema = @Schema(implementation = InvoiceStatus.class))
                             @QueryParam("status") String status) {
        return csv(invoiceTable(clientId, status), "invoices");
    }

    @GET
    @Path("invoices.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportInvoicesXlsx", summary = "Invoices and credit notes as an Excel workbook,"
            + " filtered as the list is", description = "The rows and columns of invoices.csv on a sheet named"
            + " Invoices: amounts as numbers, days as dates.")
    @APIResponse(responseCode = "200", description = "One row per invoice or credit note, newest change first",
            content = @Content(mediaType = XLSX, schema = @Schema(implementation = String.class, format = "binary")))
    public Response invoicesXlsx(@Parameter(description = "Only this client's",
                                         schema = @Schema(implementation = UUID.class))
                                 @QueryParam("clientId") String clientId,
                                 @Parameter(description = "Only those in this status as shown (OVERDUE included)",
                                         schema = @Schema(implementation = InvoiceStatus.class))
                                 @QueryParam("status") String status) {
        return xlsx(invoiceTable(clientId, status), "invoices");
    }

    @GET
    @Path("payments.csv")
    @Operation(operationId = "exportPayments", summary = "Ledger lines received in a date range as CSV",
            description = "Payments, refunds, chargebacks and credit moves received on days from..to (inclusive; the"
                    + " workspace's current month when left out, at most 366 days). The cash_effect column sums to"
                    + " the money that came in: the dashboard's paid this month, for a month.")
    @APIResponse(responseCode = "200", description = "One row per ledger line, in the order received",
            content = @Content(mediaType = CSV, schema = @Schema(implementation = String.class)))
    public Response payments(@Parameter(description = "First day, ISO-8601", schema = @Schema(format = "date",
                                     implementation = String.class)) @QueryParam("from") String from,
                             @Parameter(description = "Last day, ISO-8601", schema = @Schema(format = "date",
                                     implementation = String.class)) @QueryParam("to") String to) {
        DateRange range = range(from, to);
        return csv(exports.ledgerLines(range.first, range.last, range.ctx), range.fileName());
    }

    @GET
    @Path("payments.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportPaymentsXlsx", summary = "Ledger lines received in a date range as an Excel"
            + " workbook", description = "The rows and columns of payments.csv on a sheet named Payments, for the"
            + " same days from..to (the workspace's current month when left out, at most 366 days): amounts as"
            + " numbers, days as dates, recorded_at as a date-time in UTC.")
    @APIResponse(responseCode = "200", description = "One row per ledger line, in the order received",
            content = @Content(mediaType = XLSX, schema = @Schema(implementation = String.class, format = "binary")))
    public Response paymentsXlsx(@Parameter(description = "First day, ISO-8601", schema = @Schema(format = "date",
                                         implementation = String.class)) @QueryParam("from") String from,
                                 @Parameter(description = "Last day, ISO-8601", schema = @Schema(format = "date",
                                         implementation = String.class)) @QueryParam("to") String to) {
        DateRange range = range(from, to);
        return xlsx(exports.ledgerLines(range.first, range.last, range.ctx), range.fileName());
    }

    @GET
    @Path("clients.csv")
    @Operation(operationId = "exportClients", summary = "Clients as CSV, by name")
    @APIResponse(responseCode = "200", description = "One row per client",
            content = @Content(mediaType = CSV, schema = @Schema(implementation = String.class)))
    public Response clients(@Parameter(description = "Archived clients too", schema = @Schema(implementation = Boolean.class))
                            @QueryParam("archived") String archived) {
        return csv(exports.clients(includeArchived(archived), caller.tenant()), "clients");
    }

    @GET
    @Path("clients.xlsx")
    @Produces(XLSX)
    @Operation(operationId = "exportClientsXlsx", summary = "Clients as an Excel workbook, by name",
            description = "The rows and columns of clients.csv on a sheet named Clients.")
    @APIResponse(responseCode = "200", description = "One row per client",
            content = @Content(mediaType = XLSX, schema = @Schema(implementation = String.class, format = "binary")))
    public Response clientsXlsx(@Parameter(description = "Archived clients too",
                                        schema = @Schema(implementation = Boolean.class))
                                @QueryParam("archived") String archived) {
        return xlsx(exports.clients(includeArchived(archived), caller.tenant()), "clients");
    }

    private ExportTable invoiceTable(String clientId, String status) {
        Map<String, String> errors = new LinkedHashMap<>();
        ClientId client = null;
        if (clientId != null && !clientId.isBlank()) {
            try {
                client = new ClientId(UUID.fromString(clientId.strip()));
            } catch (IllegalArgumentException e) {
                errors.put("clientId", "Not a client id");
            }
        }
        InvoiceStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = InvoiceStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("status", "One of " + List.of(InvoiceStatus.values()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        return exports.invoices(client, wanted, caller.tenant());
    }

    /** Days {@code first} to {@code last} on the workspace's calendar, as the payments filters name them. */
    private record DateRange(LocalDate first, LocalDate last, TenantContext ctx) {

        String fileName() {
            return "payments-" + first + "-to-" + last;
        }
    }

    private DateRange range(String from, String to) {
        TenantContext ctx = caller.tenant();
        LocalDate today = ctx.today(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate first = day(from, today.withDayOfMonth(1), "from", errors);
        LocalDate last = day(to, today.withDayOfMonth(today.lengthOfMonth()), "to", errors);
        if (errors.isEmpty() && last.isBefore(first)) {
            errors.put("to", "Not before from (" + first + ")");
        } else if (errors.isEmpty() && ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            errors.put("to", "At most " + MAX_DAYS + " days after from");
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        return new DateRange(first, last, ctx);
    }

    private static boolean includeArchived(String archived) {
        if (archived == null || archived.isBlank()) {
            return false;
        }
        if (!archived.strip().equals("true") && !archived.strip().equals("false")) {
            throw new InvalidParameters(Map.of("archived", "true or false"));
        }
        return Boolean.parseBoolean(archived.strip());
    }

    private static LocalDate day(String value, LocalDate otherwise, String name, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, "A day as YYYY-MM-DD");
            return otherwise;
        }
    }

    private static Response csv(ExportTable table, String name) {
        return Response.ok(CsvTable.of(table), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    private static Response xlsx(ExportTable table, String name) {
        return Response.ok(XlsxTable.of(table), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }
}
