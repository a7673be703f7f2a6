package com.becflow.api.contracts;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.TemplateContent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template as sent by a client of the API; the domain checks it as a whole. */
@Schema(name = "ContractTemplateInput")
public class TemplateInputJson {

    public String name;
    public String category;
    public String body;
    public ContractTerms terms;
    public Boolean countersignRequired;

    TemplateContent toContent() {
        return new TemplateContent(name, category, body, terms, Boolean.TRUE.equals(countersignRequired));
    }
}
