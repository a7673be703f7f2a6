package com.becflow.invoicing.recurring.app;

import com.becflow.cockpit.PlannedReceipts;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoices;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's forecast of what active recurring invoices will ask for: each day still to be issued brings the
 * series' total, expected on that invoice's due date (its day plus the series' payment terms). Hours a retainer will
 * bill beyond its allowance are not known ahead, so not counted.
 */
@ApplicationScoped
@Transactional
public class RecurringReceipts implements PlannedReceipts {

    /** Days looked ahead per series at most: a weekly series reaches the forecast's 90 days in 14. */
    static final int MOST_DAYS = 100;

    private final RecurringInvoices series;

    @Inject
    public RecurringReceipts(RecurringInvoices series) {
        this.series = series;
    }

    protected RecurringReceipts() {
        this(null);
    }

    @Override
    public List<Receipt> between(LocalDate from, LocalDate to, TenantContext ctx) {
        return of(series.all(ctx.tenant()), from, to);
    }

    static List<Receipt> of(List<RecurringInvoice> all, LocalDate from, LocalDate to) {
        List<Receipt> receipts = new ArrayList<>();
        for (RecurringInvoice s : all) {
            if (s.status() != RecurringStatus.ACTIVE) {
                continue;
            }
            Money total = s.content().totals().total();
            for (LocalDate day : s.upcoming(MOST_DAYS)) {
                LocalDate due = day.plusDays(s.content().netDays());
                if (due.isAfter(to)) {
                    break;
                }
                if (!due.isBefore(from)) {
                    receipts.add(new Receipt(due, total));
                }
            }
        }
        return receipts;
    }
}
