package com.becflow.cockpit;

import java.time.LocalDate;
import java.util.List;

/**
 * What the freelancer sees first: per currency what is owed, late and coming in; the contracts their clients have
 * not signed yet; and what Becflow does next on its own.
 *
 * @param today              the freelancer's today, in their zone; "this month" is its month
 * @param currencies         one entry per currency the tenant has open invoices or money in this month, home first
 * @param awaitingSignature  how many contracts wait for their client's signature
 * @param longestWaiting     the longest-waiting of them, oldest first (at most {@link #LISTED})
 * @param nextSteps          what Becflow will do next, soonest first (at most {@link #LISTED})
 * @param firstRun           which of a new workspace's first steps are done
 */
public record Dashboard(LocalDate today, List<CurrencyFigures> currencies, long awaitingSignature,
                        List<AwaitingSignature> longestWaiting, List<NextStep> nextSteps, FirstRun firstRun) {

    /** The forecast's horizons, in days from today. */
    public static final List<Integer> HORIZONS = List.of(30, 60, 90);

    /** How many contracts and next steps the dashboard lists by name. */
    public static final int LISTED = 5;

    /** How far ahead the dashboard warns of invoices about to fall overdue. */
    public static final int DUE_SOON_DAYS = 7;

}
