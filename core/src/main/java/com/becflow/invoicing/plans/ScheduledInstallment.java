package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/** One installment as the plan fixes it: its place (1 for the first), its due date and its amount. */
public record ScheduledInstallment(int number, LocalDate dueDate, Money amount) {

    public ScheduledInstallment {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
