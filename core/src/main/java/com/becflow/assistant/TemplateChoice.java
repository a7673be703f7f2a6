package com.becflow.assistant;

import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.TemplateContent;

/** One of the tenant's templates an assistant may choose from, with its default clauses. */
public record TemplateChoice(ContractTemplateId id, TemplateContent content) {
}
