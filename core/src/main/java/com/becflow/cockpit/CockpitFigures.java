package com.becflow.cockpit;

import com.becflow.shared.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The cockpit's aggregate reads over a tenant's invoices, ledgers and contracts: each a sum or a short list
 * computed by the database, whatever the number of invoices.
 */
public interface CockpitFigures {

    /** Open balances grouped by client zone, currency and due date (clients gone count in {@code tenantZone}). */
    List<OpenBalances> openBalances(TenantId tenant, ZoneId tenantZone);

    /**
     * Money received on days {@code from} to {@code to} (inclusive), per currency, net of what went back out
     * (refunds, chargebacks less their reversals). Payments from the client's credit are not new money and count
     * nowhere: the money counted when it first came in.
     */
    Map<Currency, BigDecimal> netReceived(TenantId tenant, LocalDate from, LocalDate to);

    /** How many contracts wait for their client's signature at {@code now} (sent or viewed, offer still open). */
    long awaitingSignatureCount(TenantId tenant, Instant now);

    /** The longest-waiting of them, oldest first; {@code daysWaiting} is left at 0 for the caller to read. */
    List<AwaitingSignature> awaitingSignature(TenantId tenant, Instant now, int limit);

    /**
     * How a client has paid: their paid invoices against their due dates on the client's calendar, and those open
     * past due on {@code clientToday} (credit notes, void and written-off invoices count nowhere).
     */
    PaymentRecord paymentRecord(TenantId tenant, com.becflow.clients.ClientId client, LocalDate clientToday);

    /** The newest entries of a client's contracts' and invoices' histories, newest first. */
    List<ClientActivity> activity(TenantId tenant, com.becflow.clients.ClientId client, int limit);

    /** Ledger lines received on days {@code from} to {@code to} (inclusive), in the order they were recorded. */
    List<LedgerLine> ledgerLines(TenantId tenant, LocalDate from, LocalDate to);

    /** Which of the first steps the tenant's data shows done. */
    FirstRun firstRun(TenantId tenant);

    /** Open invoices due on days {@code from} to {@code to} (inclusive), soonest first. */
    List<FallingDue> dueBetween(TenantId tenant, ZoneId tenantZone, LocalDate from, LocalDate to, int limit);
}
