package com.becflow.cockpit.app;

import com.becflow.cockpit.AwaitingSignature;
import com.becflow.cockpit.CockpitFigures;
import com.becflow.cockpit.Dashboard;
import com.becflow.cockpit.FallingDue;
import com.becflow.cockpit.FiguresByCurrency;
import com.becflow.cockpit.NextStep;
import com.becflow.cockpit.PlannedReceipts;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Reads the freelancer's dashboard: a handful of aggregate queries, whatever the number of invoices. */
@ApplicationScoped
@Transactional
public class DashboardQueries {

    private final CockpitFigures figures;
    private final Instance<PlannedReceipts> plannedReceipts;
    private final Clock clock;

    @Inject
    public DashboardQueries(CockpitFigures figures, Instance<PlannedReceipts> plannedReceipts, Clock clock) {
        this.figures = figures;
        this.plannedReceipts = plannedReceipts;
        this.clock = clock;
    }

    protected DashboardQueries() {
        this(null, null, null);
    }

    public Dashboard read(TenantContext ctx) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ctx.zone());
        List<PlannedReceipts.Receipt> planned = new ArrayList<>();
        LocalDate horizon = today.plusDays(Dashboard.HORIZONS.get(Dashboard.HORIZONS.size() - 1));
        for (PlannedReceipts source : plannedReceipts) {
            planned.addAll(source.between(today, horizon, ctx));
        }
        var currencies = FiguresByCurrency.of(figures.openBalances(ctx.tenant(), ctx.zone()), now,
                figures.netReceived(ctx.tenant(), today.withDayOfMonth(1), today), planned, today, ctx.homeCurrency());
        List<AwaitingSignature> waiting = figures.awaitingSignature(ctx.tenant(), now, Dashboard.LISTED).stream()
                .map(c -> new AwaitingSignature(c.contract(), c.title(), c.clientName(), c.sentAt(),
                        ChronoUnit.DAYS.between(LocalDate.ofInstant(c.sentAt(), ctx.zone()), today)))
                .toList();
        return new Dashboard(today, currencies, figures.awaitingSignatureCount(ctx.tenant(), now), waiting,
                nextSteps(today, now, ctx), figures.firstRun(ctx.tenant()));
    }

    /**
     * Invoices that fall overdue within {@link Dashboard#DUE_SOON_DAYS} days on their client's calendar. A client's
     * calendar is at most two days from the freelancer's (UTC-12 to UTC+14), so two days more are read each side and
     * each invoice is then judged on its own client's today.
     */
    private List<NextStep> nextSteps(LocalDate today, Instant now, TenantContext ctx) {
        List<NextStep> steps = new ArrayList<>();
        for (FallingDue due : figures.dueBetween(ctx.tenant(), ctx.zone(), today.minusDays(2),
                today.plusDays(Dashboard.DUE_SOON_DAYS + 2), Dashboard.LISTED * 4)) {
            LocalDate clientToday = LocalDate.ofInstant(now, due.clientZone());
            long daysAhead = ChronoUnit.DAYS.between(clientToday, due.dueDate());
            if (daysAhead >= 0 && daysAhead < Dashboard.DUE_SOON_DAYS && steps.size() < Dashboard.LISTED) {
                steps.add(NextStep.fallsOverdue(due));
            }
        }
        return steps;
    }
}
