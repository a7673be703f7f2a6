package com.becflow.api.dashboard;

import com.becflow.api.MoneyJson;
import com.becflow.cockpit.AgeBucket;
import com.becflow.cockpit.AwaitingSignature;
import com.becflow.cockpit.CurrencyFigures;
import com.becflow.cockpit.Dashboard;
import com.becflow.cockpit.NextStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dashboard", description = "What is owed, late and coming in, per currency (amounts in two currencies"
        + " are never added), the contracts waiting for a signature, and what Becflow does next")
public record DashboardJson(@Schema(required = true, description = "The workspace's today, in its time zone;"
                                    + " \"this month\" is its month") LocalDate today,
                            @Schema(required = true, description = "One entry per currency with open invoices or"
                                    + " money received this month; the home currency first") List<CurrencyJson> currencies,
                            @Schema(required = true) AwaitingSignatureJson awaitingSignature,
                            @Schema(required = true, description = "What Becflow will do next, soonest first: for now"
                                    + " invoices about to fall overdue") List<NextStepJson> nextSteps,
                            @Schema(required = true) FirstRunJson firstRun) {

    public static DashboardJson from(Dashboard dashboard) {
        return new DashboardJson(dashboard.today(), dashboard.currencies().stream().map(CurrencyJson::from).toList(),
                new AwaitingSignatureJson(dashboard.awaitingSignature(),
                        dashboard.longestWaiting().stream().map(WaitingContractJson::from).toList()),
                dashboard.nextSteps().stream().map(NextStepJson::from).toList(),
                new FirstRunJson(dashboard.firstRun().businessDetails(), dashboard.firstRun().firstClient(),
                        dashboard.firstRun().firstContractOrInvoice()));
    }

    @Schema(name = "DashboardFirstRun", description = "Which of a new workspace's three first steps are done: business"
            + " details for the invoices (their address), a first client, a first contract or invoice")
    public record FirstRunJson(boolean businessDetails, boolean firstClient, boolean firstContractOrInvoice) {
    }

    @Schema(name = "DashboardCurrency", description = "The figures in one currency. owedNow: every open balance, late"
            + " or not. overdue: open invoices past their due date on their client's calendar. paidThisMonth: received"
            + " this month, net of refunds and chargebacks; payments from a client's credit count when the money first"
            + " came in")
    public record CurrencyJson(@Schema(required = true, pattern = "^[A-Z]{3}$") String currency,
                               @Schema(required = true) MoneyJson owedNow,
                               @Schema(required = true) AgedJson overdue,
                               @Schema(required = true, description = "Open balances by days late, each invoice aged"
                                       + " on its client's calendar; every bucket, in order") List<AgedJson> ageing,
                               @Schema(required = true) MoneyJson paidThisMonth,
                               @Schema(required = true, description = "Falling due within 30, 60 and 90 days"
                                       + " (cumulative), late money left out") List<ExpectedJson> expected) {

        static CurrencyJson from(CurrencyFigures figures) {
            CurrencyFigures.Aged overdue = figures.overdue();
            return new CurrencyJson(figures.currency().getCurrencyCode(), MoneyJson.from(figures.owedNow()),
                    new AgedJson(null, "Overdue", overdue.count(), MoneyJson.from(overdue.amount())),
                    figures.ageing().entrySet().stream().map(e -> new AgedJson(e.getKey(), e.getKey().label(),
                            e.getValue().count(), MoneyJson.from(e.getValue().amount()))).toList(),
                    MoneyJson.from(figures.paidThisMonth()),
                    figures.expected().stream().map(e -> new ExpectedJson(e.withinDays(), MoneyJson.from(e.amount())))
                            .toList());
        }
    }

    @Schema(name = "DashboardAged", description = "How many open invoices, and what they still owe; bucket is absent"
            + " for the overdue total")
    public record AgedJson(AgeBucket bucket, @Schema(required = true) String label, long count,
                           @Schema(required = true) MoneyJson amount) {
    }

    @Schema(name = "DashboardExpected", description = "What falls due in the next withinDays days")
    public record ExpectedJson(int withinDays, @Schema(required = true) MoneyJson amount) {
    }

    @Schema(name = "DashboardAwaitingSignature", description = "Contracts sent and not signed, declined or expired")
    public record AwaitingSignatureJson(long count, @Schema(required = true, description = "The longest-waiting,"
            + " oldest first (at most five)") List<WaitingContractJson> longestWaiting) {
    }

    @Schema(name = "DashboardWaitingContract")
    public record WaitingContractJson(@Schema(implementation = UUID.class, required = true) String contractId,
                                      @Schema(required = true) String title, @Schema(required = true) String clientName,
                                      @Schema(required = true) Instant sentAt,
                                      @Schema(description = "Whole days since it was sent, on the workspace's calendar")
                                      long daysWaiting) {

        static WaitingContractJson from(AwaitingSignature waiting) {
            return new WaitingContractJson(waiting.contract().value().toString(), waiting.title(), waiting.clientName(),
                    waiting.sentAt(), waiting.daysWaiting());
        }
    }

    @Schema(name = "DashboardNextStep", description = "Something that happens on its own on a day")
    public record NextStepJson(@Schema(implementation = NextStep.Kind.class, required = true) String kind,
                               @Schema(required = true) LocalDate on, @Schema(required = true) String description,
                               @Schema(implementation = UUID.class, required = true) String invoiceId) {

        static NextStepJson from(NextStep step) {
            return new NextStepJson(step.kind().name(), step.on(), step.description(),
                    step.invoice().invoice().value().toString());
        }
    }
}
