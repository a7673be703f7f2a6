package com.becflow.assistant.reading;

import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What a contract brief says, field by field; a field the brief does not mention is null. Amounts are in
 * {@code currency} when it is set, else in whatever currency the draft assumes.
 */
public record BriefFacts(BriefLanguage language, Found<String> projectName, Found<BigDecimal> fee,
                         Found<String> currency, Found<BigDecimal> hours, Found<BigDecimal> hourlyRate,
                         Found<BigDecimal> depositPercent, Found<BigDecimal> depositAmount, Found<Boolean> noDeposit,
                         Found<LocalDate> startDate, Found<LocalDate> endDate, Found<Period> duration,
                         Found<Integer> netDays, Found<Integer> revisionRounds, Found<IpTransferMoment> ipTransfer,
                         Found<BigDecimal> lateFeePercent, Found<Integer> lateFeePeriodDays,
                         Found<BigDecimal> lateFeeFlat, Found<BigDecimal> discountPercent,
                         Found<Integer> discountWithinDays, Found<List<CancellationTier>> cancellation) {
}
