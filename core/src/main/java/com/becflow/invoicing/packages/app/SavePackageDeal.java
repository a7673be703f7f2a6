package com.becflow.invoicing.packages.app;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import java.math.BigDecimal;
import java.util.List;

/**
 * A package as typed. Left out: the currency (the contract's, else the client's), the days until due (the contract's
 * payment terms, else the workspace's default), the tax.
 */
public record SavePackageDeal(ClientId clientId, ContractId contractId, String currency, String title, BigDecimal price,
                              BigDecimal taxRate, String taxName, Integer netDays, String notes, PackageBilling billing,
                              List<PackageDeal.MilestoneDraft> milestones) {
}
