package com.becflow.assistant;

import java.time.LocalDate;
import java.util.List;

/**
 * What the freelancer wrote, and what an assistant needs to read it: the templates to choose from, the currency
 * to assume when the brief names none (the client's, else the tenant's), and the freelancer's today, so "starts
 * 1 March" means the next 1 March.
 */
public record ContractBrief(String text, List<TemplateChoice> templates, String defaultCurrency, LocalDate today) {

    public static final int MAX_LENGTH = 8_000;
}
