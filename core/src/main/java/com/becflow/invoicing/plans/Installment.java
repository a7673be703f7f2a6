package com.becflow.invoicing.plans;

import com.becflow.shared.money.Money;
import java.time.LocalDate;

/** An installment with what the ledger has paid of it: always {@code paid + remaining = amount}, neither negative. */
public record Installment(int number, LocalDate dueDate, Money amount, Money paid, Money remaining,
                          InstallmentStatus status) {
}
