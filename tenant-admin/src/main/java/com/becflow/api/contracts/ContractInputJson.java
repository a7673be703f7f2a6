package com.becflow.api.contracts;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractTemplateId;
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
    @Schema(description = "Only for a draft from the assistant, as it returned it: the contract's history then "
            + "records that the assistant drafted it, and how")
    public String draftToken;

    /** Sets every field from a draft's, so it can be sent back as it is. */
    protected void fill(ContractTemplateId templateId, ClientId clientId, SaveContract c) {
        ContractInputJson json = this;
        json.templateId = templateId.value();
        json.clientId = clientId.value();
        json.title = c.title();
        json.projectName = c.projectName();
        json.startDate = c.startDate();
        json.endDate = c.endDate();
        json.fee = c.fee();
        json.currency = c.currency();
        json.body = c.body();
        json.terms = c.terms();
        json.countersignRequired = c.countersignRequired();
        json.validityDays = c.validityDays();
    }

    SaveContract toCommand() {
        return new SaveContract(title, projectName, startDate, endDate, fee, currency, body, terms, countersignRequired,
                validityDays);
    }
}
