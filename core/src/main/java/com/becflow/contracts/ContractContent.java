package com.becflow.contracts;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parts of a contract a freelancer edits while it is a draft. */
public record ContractContent(String title, String projectName, LocalDate startDate, LocalDate endDate, Money fee,
                              String body, ContractTerms terms, boolean countersignRequired, int validityDays) {

    public static final int TITLE_LENGTH = 200;
    public static final int PROJECT_LENGTH = 200;
    public static final int MAX_VALIDITY_DAYS = 365;
    public static final BigDecimal MAX_FEE = new BigDecimal("100000000");

    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            errors.put("title", "Give the contract a title");
        } else if (title.length() > TITLE_LENGTH) {
            errors.put("title", "At most " + TITLE_LENGTH + " characters");
        }
        if (projectName == null || projectName.isBlank()) {
            errors.put("projectName", "Name the project");
        } else if (projectName.length() > PROJECT_LENGTH) {
            errors.put("projectName", "At most " + PROJECT_LENGTH + " characters");
        }
        if (startDate == null) {
            errors.put("startDate", "When does the work start?");
        } else if (endDate != null && endDate.isBefore(startDate)) {
            errors.put("endDate", "The end date is before the start date");
        }
        if (fee == null) {
            errors.put("fee", "What is the fee?");
        } else if (fee.amount().signum() < 0) {
            errors.put("fee", "The fee cannot be negative");
        } else if (fee.amount().compareTo(MAX_FEE) > 0) {
            errors.put("fee", "The fee is too large");
        } else {
            fee.finerThanMinorUnit().ifPresent(m -> errors.put("fee", m));
        }
        TemplateContent.body(body).ifPresent(p -> errors.put("body", p));
        if (terms == null) {
            errors.put("terms.payment.netDays", "Say within how many days invoices are due (0 for on receipt)");
        } else {
            Map<String, String> termErrors = terms.problems(fee == null ? null : fee.amount());
            if (fee != null) {
                terms.problemsIn(fee.currency()).forEach(termErrors::putIfAbsent);
            }
            errors.putAll(termErrors);
        }
        if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
            errors.put("validityDays", "The offer stays open from 1 to " + MAX_VALIDITY_DAYS + " days");
        }
        return errors;
    }

    public ContractContent normalized() {
        return new ContractContent(title.strip(), projectName.strip(), startDate, endDate, fee, body.strip(), terms,
                countersignRequired, validityDays);
    }
}
