package com.becflow.contracts;

import com.becflow.shared.tenant.TenantContext;

/** Fired inside the transaction that records a client's signature, so what follows (a deposit invoice) commits with it. */
public record ContractSigned(Contract contract, TenantContext tenant) {
}
