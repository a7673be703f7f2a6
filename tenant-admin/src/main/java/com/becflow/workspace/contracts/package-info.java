/**
 * The freelancer's contract pages: templates ({@code contract-templates}), the list of contracts
 * ({@code contracts}) and one contract ({@code contracts/:id}) from draft to signed PDF. Views wire the use cases of
 * {@code com.becflow.contracts.app}; forms bind drafts ({@link com.becflow.workspace.contracts.ContractDraft},
 * {@link com.becflow.workspace.contracts.TemplateDraft}, {@link com.becflow.workspace.contracts.ClauseDraft}); every
 * refusal of the domain is shown on the input it names, or in a notification when no input does.
 */
package com.becflow.workspace.contracts;
