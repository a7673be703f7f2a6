package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.TemplateContent;

/** The template form's working copy: what the person typed, before the service decides. */
public class TemplateDraft {

    private String name = "";
    private String category = "";
    private String body = "";
    private boolean countersignRequired;
    private ContractTerms terms = ContractTerms.netDays(14);

    public static TemplateDraft of(ContractTemplate t) {
        TemplateDraft d = new TemplateDraft();
        d.name = t.name();
        d.category = t.category() == null ? "" : t.category();
        d.body = t.body();
        d.countersignRequired = t.countersignRequired();
        d.terms = t.terms();
        return d;
    }

    public TemplateContent toContent() {
        return new TemplateContent(name, category, body, terms, countersignRequired);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public boolean isCountersignRequired() { return countersignRequired; }
    public void setCountersignRequired(boolean v) { countersignRequired = v; }
    /** Set from the clause editor, which binds its own draft. */
    public ContractTerms getTerms() { return terms; }
    public void setTerms(ContractTerms v) { terms = v; }
}
