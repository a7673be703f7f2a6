package com.becflow.api.assistant;

import com.becflow.assistant.Reason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a field of a draft holds its value. */
public class ReasonJson {

    @Schema(description = "The field's path, as field errors name it, e.g. terms.deposit.percent")
    public String field;
    @Schema(description = "The sentence shown next to the field")
    public String because;
    /** BRIEF when read from the brief, TEMPLATE_DEFAULT when kept from the template or assumed. */
    public Reason.Source source;

    static ReasonJson from(Reason reason) {
        ReasonJson json = new ReasonJson();
        json.field = reason.field();
        json.because = reason.because();
        json.source = reason.source();
        return json;
    }
}
