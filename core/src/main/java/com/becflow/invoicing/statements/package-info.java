/**
 * A client's statement of account with one freelancer over a period, as accounting products give it: per currency the
 * balance at the period's start, every movement of money on the client's invoices in it (invoices and credit notes
 * issued, payments, refunds, chargebacks, late fees, discounts, write-offs) with the running balance, and the balance
 * at its end, which is what the client's invoices owed on that day; then the invoices still open. Read from what
 * already records every movement: the invoices' ledger lines, their credit notes and their closing.
 */
package com.becflow.invoicing.statements;
