package com.becflow.api.contracts;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.SaveContract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A contract as sent by a client of the API. On creation {@code templateId} and {@code clientId} are required
 * and everything left out comes from the template and the client; on update every field is replaced.
 */
public class ContractInputJson {

    public UUID templateId;
    public UUID clientId;
    public String title;
    public String projectName;
    public LocalDate startDate;
    public LocalDate endDate;
    public BigDecimal fee;
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
