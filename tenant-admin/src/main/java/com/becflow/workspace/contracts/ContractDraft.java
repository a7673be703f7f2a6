package com.becflow.workspace.contracts;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.SaveContract;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The contract form's working copy: what the person typed, before the service decides. */
public class ContractDraft {

    private String title = "";
    private String projectName = "";
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal fee;
    private String currency = "";
    private String body = "";
    private boolean countersignRequired;
    private Integer validityDays;
    private ContractTerms terms;

    public static ContractDraft of(Contract c) {
        ContractDraft d = new ContractDraft();
        d.title = c.title();
        d.projectName = c.projectName();
        d.startDate = c.startDate();
        d.endDate = c.endDate();
        d.fee = c.fee().amount().stripTrailingZeros().scale() < 0
                ? c.fee().amount().setScale(0) : c.fee().amount().stripTrailingZeros();
        d.currency = c.fee().currency().getCurrencyCode();
        d.body = c.body();
        d.countersignRequired = c.countersignRequired();
        d.validityDays = c.validityDays();
        d.terms = c.terms();
        return d;
    }

    public SaveContract toCommand() {
        return new SaveContract(title, projectName, startDate, endDate, fee, currency, body, terms,
                countersignRequired, validityDays);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String v) { projectName = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal v) { fee = v; }
    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public boolean isCountersignRequired() { return countersignRequired; }
    public void setCountersignRequired(boolean v) { countersignRequired = v; }
    public Integer getValidityDays() { return validityDays; }
    public void setValidityDays(Integer v) { validityDays = v; }
    /** Set from the clause editor, which binds its own draft. */
    public ContractTerms getTerms() { return terms; }
    public void setTerms(ContractTerms v) { terms = v; }
}
