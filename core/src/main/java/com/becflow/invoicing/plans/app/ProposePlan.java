package com.becflow.invoicing.plans.app;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as someone asks for it: either built from a few figures (a deposit, the number of installments, a frequency
 * and the first due date), or, with {@code CUSTOM_DATES}, given installment by installment.
 *
 * @param frequency    WEEKLY, BIWEEKLY, MONTHLY or CUSTOM_DATES, as typed
 * @param deposit      the first installment when built, or null for equal installments
 * @param count        how many installments when built, the deposit included
 * @param installments each installment's date and amount, with CUSTOM_DATES only
 */
public record ProposePlan(String frequency, BigDecimal deposit, Integer count, LocalDate firstDueDate,
                          List<Item> installments, boolean autopay) {

    public record Item(LocalDate dueDate, BigDecimal amount) {
    }
}
