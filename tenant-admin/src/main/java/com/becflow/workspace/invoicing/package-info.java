/**
 * The freelancer's invoice pages: the list of invoices and credit notes ({@code invoices}), one invoice
 * ({@code invoices/:id}) from draft to paid, refunded, credited or written off, and the invoice settings with the
 * Stripe connection ({@code invoice-settings}); recurring invoices, and package deals ({@code packages}, one at
 * {@code packages/:id}) offered with {@link com.becflow.workspace.invoicing.PackageDraft} and delivered milestone by
 * milestone. Views wire the use cases of {@code com.becflow.invoicing.app};
 * forms bind drafts ({@link com.becflow.workspace.invoicing.InvoiceDraft} and its lines,
 * {@link com.becflow.workspace.invoicing.PaymentDraft}, {@link com.becflow.workspace.invoicing.RefundDraft},
 * {@link com.becflow.workspace.invoicing.CreditNoteDraft}, {@link com.becflow.workspace.invoicing.InvoiceSettingsDraft});
 * totals shown while typing are summed by the domain's own {@code InvoiceLines}, and every refusal of the domain is
 * shown on the input it names ({@code lines[1].taxRate} on the second line's tax rate), or in a notification when
 * no input does.
 */
package com.becflow.workspace.invoicing;
