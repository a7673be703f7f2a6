package com.becflow.api.contracts;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.SaveContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contract as sent by a client of the API. On creation {@code templateId} and {@code clientId} are required
 * and everything left out comes from the template and the client; on update every field is replaced.
 */
public class ContractInputJson {

    @Schema(description = "Required on creation; the template the contract starts from")
    public UUID templateId;
    @Schema(description = "Required on creation")
    public UUID clientId;
    public String title;
    public String projectName;
    public LocalDate startDate;
    public LocalDate endDate;
    public BigDecimal fee;
    @Schema(description = "ISO 4217; when left out, the client's on creation and unchanged on update")
    public String currency;
    public String body;
    public ContractTerms terms;
    public Boolean countersignRequired;
    public Integer validityDays;

    SaveContract toCommand() {
        return new SaveContract(title, projectName, startDate, endDate, fee, currency, body, terms, countersignRequired,
                validityDays);
    }
}
