package com.becflow.portal.api;

import com.becflow.contracts.app.ContractPortalView;
import java.time.Instant;

public record PortalContractJson(String title, String projectName, String status, int revision, String freelancer,
                                 String freelancerEmail, Instant expiresAt, String documentSha256, String html,
                                 boolean signedPdfAvailable) {

    static PortalContractJson from(ContractPortalView v) {
        return new PortalContractJson(v.contract().title(), v.contract().projectName(), v.status().name(),
                v.contract().revision(), v.freelancerName(), v.freelancerEmail(), v.contract().expiresAt(),
                v.documentSha256(), v.html(), v.signedPdfReady());
    }
}
