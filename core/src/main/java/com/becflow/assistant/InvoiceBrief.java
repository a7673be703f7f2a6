package com.becflow.assistant;

import java.time.LocalDate;

/** What the freelancer wrote about the work to bill, e.g. "12 hours of design at 90 an hour and print files for 250". */
public record InvoiceBrief(String text, String defaultCurrency, LocalDate today) {

    public static final int MAX_LENGTH = ContractBrief.MAX_LENGTH;
}
