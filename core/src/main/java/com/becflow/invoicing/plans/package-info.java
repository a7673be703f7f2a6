/**
 * Payment plans: an issued invoice's total split into installments with their own due dates, inside the limits the
 * freelancer sets for the workspace, a client or one invoice ({@link com.becflow.invoicing.plans.PlanLimits}).
 *
 * <p>A plan holds no money of its own. What each installment has been paid is read from the invoice's ledger: the
 * part of the invoice's total the ledger shows as settled goes to the installments in due-date order
 * ({@link com.becflow.invoicing.plans.InstallmentAllocation}), so a payment larger than one installment settles the
 * next ones, and the plan always adds up with the ledger: the installments' remaining amounts plus what is owed
 * outside the plan (late fees, or money received beyond what is owed, negative) are the invoice's balance.
 */
package com.becflow.invoicing.plans;
