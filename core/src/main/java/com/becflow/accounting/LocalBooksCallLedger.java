package com.becflow.accounting;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A ledger kept by one process, a {@link BooksCallBudget} per organisation: for tests and tools that talk to the books
 * alone. It counts only this process's calls; servers that share organisations use the shared ledger instead. A
 * budget with nothing left to remember is dropped when the ledger {@linkplain #forget forgets}.
 */
public final class LocalBooksCallLedger implements BooksCallLedger {

    private final ConcurrentMap<String, BooksCallBudget> budgets = new ConcurrentHashMap<>();

    @Override
    public Start tryStart(BooksVendor vendor, String organisation, boolean batch, Instant now) {
        while (true) {
            BooksCallBudget budget = budget(vendor, organisation);
            synchronized (budget) {
                if (budgets.get(key(vendor, organisation)) == budget) {
                    return new Start(budget.tryStart(now, batch), key(vendor, organisation));
                }
            }
        }
    }

    @Override
    public void finished(BooksVendor vendor, String organisation, String ticket) {
        BooksCallBudget budget = budgets.get(key(vendor, organisation));
        if (budget != null) {
            synchronized (budget) {
                budget.finished();
            }
        }
    }

    @Override
    public void quietUntil(BooksVendor vendor, String organisation, Instant until) {
        while (true) {
            BooksCallBudget budget = budget(vendor, organisation);
            synchronized (budget) {
                if (budgets.get(key(vendor, organisation)) == budget) {
                    budget.quietUntil(until);
                    return;
                }
            }
        }
    }

    /** Drops the budgets with nothing left to count: a call in progress or inside a window keeps its budget. */
    @Override
    public int forget(Instant now) {
        int dropped = 0;
        for (var entry : budgets.entrySet()) {
            synchronized (entry.getValue()) {
                if (entry.getValue().idleAt(now) && budgets.remove(entry.getKey(), entry.getValue())) {
                    dropped++;
                }
            }
        }
        return dropped;
    }

    /** How many organisations the ledger keeps a budget for. */
    public int organisations() {
        return budgets.size();
    }

    private BooksCallBudget budget(BooksVendor vendor, String organisation) {
        return budgets.computeIfAbsent(key(vendor, organisation),
                key -> new BooksCallBudget(BooksCallLimits.of(vendor)));
    }

    private static String key(BooksVendor vendor, String organisation) {
        return vendor.name() + ":" + organisation;
    }
}
