package com.becflow.api.plans;

import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.app.ProposePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan to propose: built from count, firstDueDate and an optional deposit (WEEKLY, BIWEEKLY, MONTHLY), or given
 * installment by installment (CUSTOM_DATES). The installments always cover the invoice's total.
 */
@Schema(name = "PlanInput")
public class PlanInputJson {

    @Schema(required = true, implementation = PlanFrequency.class)
    public String frequency;
    @Schema(description = "The first installment, in the invoice's currency; equal installments when left out")
    public BigDecimal deposit;
    @Schema(minimum = "2", description = "How many installments, the deposit included (not with CUSTOM_DATES)")
    public Integer count;
    @Schema(description = "When the first installment is due (not with CUSTOM_DATES)")
    public LocalDate firstDueDate;
    @Schema(description = "Each installment's date and amount, with CUSTOM_DATES only")
    public List<InstallmentInputJson> installments;
    @Schema(description = "Whether the installments are charged automatically; false when left out")
    public Boolean autopay;

    @Schema(name = "PlanInstallmentInput", description = "One installment of a plan with custom dates")
    public static class InstallmentInputJson {
        @Schema(required = true)
        public LocalDate dueDate;
        @Schema(required = true)
        public BigDecimal amount;
    }

    ProposePlan toCommand() {
        return new ProposePlan(frequency, deposit, count, firstDueDate, installments == null ? null
                : installments.stream().map(i -> i == null ? null : new ProposePlan.Item(i.dueDate, i.amount)).toList(),
                Boolean.TRUE.equals(autopay));
    }
}
