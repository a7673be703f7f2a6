/**
 * Invoicing: what a client owes and how it was settled. A draft invoice changes freely; issuing it gives it
 * the tenant's next number (gapless, never reused), fixes its lines, dates and totals, and from then on only
 * money moves: payments, refunds, chargebacks, credit notes and write-offs. Every invoice's ledger adds up
 * to the cent: total = (paid − refunded − charged back) + credited + written off + balance.
 */
package com.becflow.invoicing;
