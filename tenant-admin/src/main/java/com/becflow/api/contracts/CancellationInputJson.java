package com.becflow.api.contracts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public class CancellationInputJson {

    @Schema(description = "Why the engagement is cancelled; kept on the contract's evidence", maxLength = 500)
    public String reason;
}
