package com.becflow.api.packages;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.app.SavePackageDeal;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A package as sent: its client, its one price and how it is billed, and its milestones in order. */
public class PackageDealInputJson {

    @Schema(required = true)
    public UUID clientId;
    @Schema(description = "The signed contract the package's invoices bill for, whose currency and payment terms they take")
    public UUID contractId;
    @Schema(description = "ISO 4217; the contract's, else the client's, when left out")
    public String currency;
    @Schema(required = true, maxLength = PackageDeal.TITLE_LENGTH, example = "Brand identity package")
    public String title;
    @Schema(required = true, description = "The package's one price before tax", example = "6000.00")
    public BigDecimal price;
    @Schema(description = "Percent, on every invoice of the package", example = "19")
    public BigDecimal taxRate;
    public String taxName;
    @Schema(description = "Each invoice is due this many days after it is issued; the contract's terms, else the "
            + "workspace's default, when left out")
    public Integer netDays;
    public String notes;
    @Schema(required = true, implementation = PackageBilling.class, description = "PER_MILESTONE: each milestone's share "
            + "is invoiced when it is delivered. BY_PLAN: one invoice for the price is issued and sent now; the client may "
            + "pay it at once or by a payment plan.")
    public String billing;
    @Schema(required = true, description = "In order, 1 to " + PackageDeal.MAX_MILESTONES)
    public List<MilestoneInputJson> milestones;

    /** One milestone as sent. */
    public static class MilestoneInputJson {
        @Schema(required = true, example = "Logo and palette")
        public String title;
        @Schema(description = "Its share of the price, with PER_MILESTONE only; the shares add up to the price exactly",
                example = "2000.00")
        public BigDecimal amount;
    }

    SavePackageDeal toCommand() {
        return new SavePackageDeal(clientId == null ? null : new ClientId(clientId),
                contractId == null ? null : new ContractId(contractId), currency, title, price, taxRate, taxName, netDays,
                notes, billing(),
                milestones == null ? List.of() : milestones.stream()
                        .map(m -> m == null ? null : new PackageDeal.MilestoneDraft(m.title, m.amount)).toList());
    }

    private PackageBilling billing() {
        return Arrays.stream(PackageBilling.values()).filter(b -> b.name().equals(billing)).findFirst().orElse(null);
    }
}
