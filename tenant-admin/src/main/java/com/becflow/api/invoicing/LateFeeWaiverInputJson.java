package com.becflow.api.invoicing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public class LateFeeWaiverInputJson {

    @Schema(description = "Why the fee is waived; shown in the invoice's history", maxLength = 200)
    public String reason;
}
