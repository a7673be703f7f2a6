package com.becflow.api.disputes;

import com.becflow.api.invoicing.CreditNoteInputJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The credit note that settles a dispute, as any credit note's lines and reason, and a word to the client. */
public class DisputeCreditInputJson extends CreditNoteInputJson {

    @Schema(maxLength = 1000, description = "Told to the client with the credit note; optional")
    public String answer;
}
