package com.becflow.cockpit;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.time.ZoneId;

/** An open invoice, not late yet, and when it falls due. */
public record FallingDue(InvoiceId invoice, String number, ClientId client, String clientName, ZoneId clientZone,
                         LocalDate dueDate, Money balance) {
}
