package com.becflow.contracts.app;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractStatus;

/** What the portal shows a client for one link. */
public record ContractPortalView(Contract contract, ContractStatus status, String html, String documentSha256,
                                 String freelancerName, String freelancerEmail, String clientName,
                                 boolean signedPdfReady) {
}
