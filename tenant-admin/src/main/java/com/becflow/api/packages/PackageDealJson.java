package com.becflow.api.packages;

import com.becflow.api.MoneyJson;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A package with where it stands: each milestone delivered or not and its invoice, and the package's invoices added up
 * (tax included): {@code invoiced} is their totals, {@code paid} what the client paid on them less refunds, {@code open}
 * what is still owed on them. A milestone's {@code amount} is its share of the price, with PER_MILESTONE.
 */
public record PackageDealJson(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID clientId,
        UUID contractId,
        @Schema(required = true) String title,
        @Schema(required = true) MoneyJson price,
        BigDecimal taxRate,
        String taxName,
        Integer netDays,
        String notes,
        @Schema(required = true) PackageBilling billing,
        @Schema(description = "BY_PLAN: the package's one invoice, which the client may pay by a plan") UUID invoiceId,
        @Schema(required = true) List<MilestoneJson> milestones,
        @Schema(required = true, description = "How many milestones are delivered") int delivered,
        @Schema(required = true) MoneyJson invoiced,
        @Schema(required = true) MoneyJson paid,
        @Schema(required = true) MoneyJson open,
        @Schema(required = true, description = "Every part of the price invoiced and nothing open") boolean paidInFull,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(description = "When the freelancer called the package off; absent while it runs") Instant cancelledAt,
        @Schema(description = "Why it was called off, if they said") String cancelReason) {

    /** A milestone, and with PER_MILESTONE the invoice its delivery issued. */
    public record MilestoneJson(
            @Schema(required = true) int position,
            @Schema(required = true) String title,
            MoneyJson amount,
            @Schema(description = "The day it was delivered, in the workspace's time zone") LocalDate deliveredOn,
            UUID invoiceId,
            String invoiceNumber,
            InvoiceStatus invoiceStatus,
            MoneyJson paid,
            MoneyJson open) {

        static MilestoneJson from(PackageProgress.Step step, PackageDeal deal) {
            Milestone m = step.milestone();
            var billed = step.invoice();
            return new MilestoneJson(m.position(), m.title(),
                    m.share().map(a -> MoneyJson.from(new Money(a, deal.currency()))).orElse(null), m.deliveredOn(),
                    billed.map(b -> b.invoice().id().value()).orElse(null),
                    billed.flatMap(b -> b.invoice().number()).orElse(null), billed.map(b -> b.status()).orElse(null),
                    billed.map(b -> MoneyJson.from(b.paid())).orElse(null),
                    billed.map(b -> MoneyJson.from(b.open())).orElse(null));
        }
    }

    static PackageDealJson from(PackageProgress progress) {
        PackageDeal d = progress.deal();
        return new PackageDealJson(d.id().value(), d.clientId().value(), d.contractId().map(c -> c.value()).orElse(null),
                d.title(), MoneyJson.from(d.price()), d.taxRate(), d.taxName(), d.netDays(), d.notes(), d.billing(),
                d.invoice().map(i -> i.value()).orElse(null),
                progress.steps().stream().map(s -> MilestoneJson.from(s, d)).toList(), (int) d.deliveredCount(),
                MoneyJson.from(progress.invoiced()), MoneyJson.from(progress.paid()), MoneyJson.from(progress.open()),
                progress.paidInFull(), d.createdAt(), d.updatedAt(),
                d.cancellation().map(PackageDeal.Cancellation::at).orElse(null),
                d.cancellation().map(PackageDeal.Cancellation::reason).orElse(null));
    }
}
