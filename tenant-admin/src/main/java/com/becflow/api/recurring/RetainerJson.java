package com.becflow.api.recurring;

import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retainer's hours: included per period, the rate for the hours beyond, and whether unused hours carry over. */
public class RetainerJson {

    @Schema(required = true, description = "Hours the fee includes per period, from 0 to 1000 with up to 2 decimals")
    public BigDecimal includedHours;
    @Schema(description = "Per extra hour; left out, the signed contract's hourly rate for changes")
    public BigDecimal extraHourRate;
    @Schema(description = "Unused hours add to the next period's allowance; off when left out")
    public Boolean rollover;

    SaveRecurringInvoice.RetainerTerms toTerms() {
        return new SaveRecurringInvoice.RetainerTerms(includedHours, extraHourRate, rollover);
    }

    static RetainerJson from(Retainer retainer) {
        RetainerJson json = new RetainerJson();
        json.includedHours = retainer.includedHours();
        json.extraHourRate = retainer.extraHourRate();
        json.rollover = retainer.rollover();
        return json;
    }
}
