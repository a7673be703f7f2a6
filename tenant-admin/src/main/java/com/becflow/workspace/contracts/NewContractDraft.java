package com.becflow.workspace.contracts;

import com.becflow.clients.Client;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.app.SaveContract;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the "new contract" form asks for; everything else comes from the template and the client. */
public class NewContractDraft {

    private ContractTemplate template;
    private Client client;
    private String projectName = "";
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal fee;

    public SaveContract toCommand() {
        return new SaveContract(null, projectName, startDate, endDate, fee, null, null, null, null, null);
    }

    public ContractTemplate getTemplate() { return template; }
    public void setTemplate(ContractTemplate v) { template = v; }
    public Client getClient() { return client; }
    public void setClient(Client v) { client = v; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String v) { projectName = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal v) { fee = v; }
}
