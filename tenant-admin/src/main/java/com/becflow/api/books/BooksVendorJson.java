package com.becflow.api.books;

import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.app.BooksQueries;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vendor on the workspace's integrations page. */
public class BooksVendorJson {

    @Schema(required = true, description = "xero or quickbooks", example = "xero")
    public String vendor;
    @Schema(required = true, example = "Xero")
    public String name;
    @Schema(required = true, description = "Whether this server can connect to it (the operator configured its app)")
    public boolean offered;
    @Schema(required = true, description = "NOT_CONNECTED, CONNECTED, or REVOKED (connect again to go on syncing)")
    public String status;
    @Schema(description = "The organisation or company whose books are kept; absent while not connected")
    public String organisation;
    @Schema(description = "The vendor's id of that organisation (Xero's tenant id)")
    public String organisationId;
    public Instant connectedAt;
    @Schema(description = "The account code invoice lines post to")
    public String salesAccount;
    @Schema(description = "The account code money received posts to")
    public String bankAccount;
    @Schema(description = "How many of the clients and issued invoices and payments received that belong in the books"
            + " have their twin there now; counts up while a first sync runs; absent while not connected")
    public Integer syncedObjects;
    @Schema(description = "How many clients and issued invoices and payments received belong in the books; absent"
            + " while not connected")
    public Integer totalObjects;

    static BooksVendorJson from(BooksQueries.VendorStatus status) {
        BooksVendorJson json = new BooksVendorJson();
        json.vendor = status.vendor().slug();
        json.name = status.vendor().label();
        json.offered = status.offered();
        json.status = status.connection().map(c -> c.status().name()).orElse("NOT_CONNECTED");
        status.connection().ifPresent(c -> fill(json, c));
        status.progress().ifPresent(p -> {
            json.syncedObjects = p.synced();
            json.totalObjects = p.total();
        });
        return json;
    }

    private static void fill(BooksVendorJson json, BooksConnection connection) {
        json.organisation = connection.organisation().name();
        json.organisationId = connection.organisation().id();
        json.connectedAt = connection.connectedAt();
        json.salesAccount = connection.accounts().salesAccount();
        json.bankAccount = connection.accounts().bankAccount();
    }
}
