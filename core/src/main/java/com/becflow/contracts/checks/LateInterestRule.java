package com.becflow.contracts.checks;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one jurisdiction says about interest on late payments between businesses.
 * <ul>
 * <li>{@link Kind#LEGAL_MAXIMUM}: a rate above {@code annualPercent} is unlawful (usury), whatever the parties agreed.</li>
 * <li>{@link Kind#STATUTORY_RATE}: {@code annualPercent} is what the law gives a creditor without any clause; an
 * agreed rate may be higher but a court can set aside one it finds grossly unfair.</li>
 * </ul>
 * {@code fixedCompensation} is the flat sum per late invoice the law grants on top (null where there is none),
 * in {@code compensationCurrency}. Rates tied to a central bank's rate were read on {@code asOf}.
 */
public record LateInterestRule(String jurisdiction, Kind kind, BigDecimal annualPercent, String basis,
                               BigDecimal fixedCompensation, String compensationCurrency, LocalDate asOf,
                               String source) {

    public enum Kind { LEGAL_MAXIMUM, STATUTORY_RATE }
}
