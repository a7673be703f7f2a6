package com.becflow.contracts.app;

import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateNotFound;
import com.becflow.contracts.ContractTemplates;
import com.becflow.contracts.InvalidContract;
import com.becflow.contracts.TemplateContent;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Use cases on a tenant's contract templates. */
@ApplicationScoped
@Transactional
public class ContractTemplateService {

    private final ContractTemplates templates;
    private final Clock clock;

    @Inject
    public ContractTemplateService(ContractTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    protected ContractTemplateService() {
        this(null, null);
    }

    public List<ContractTemplate> list(TenantContext ctx) {
        return templates.list(ctx.tenant());
    }

    public ContractTemplate get(ContractTemplateId id, TenantContext ctx) {
        return templates.find(ctx.tenant(), id).orElseThrow(() -> new ContractTemplateNotFound(id));
    }

    public ContractTemplate create(TemplateContent content, TenantContext ctx) {
        ctx.requireWritable();
        ContractTemplate template = ContractTemplate.create(ContractTemplateId.newId(), checked(content), clock.instant());
        templates.add(ctx.tenant(), template);
        return template;
    }

    public ContractTemplate update(ContractTemplateId id, TemplateContent content, TenantContext ctx) {
        ctx.requireWritable();
        TemplateContent checked = checked(content);
        ContractTemplate template = get(id, ctx);
        template.change(checked, clock.instant());
        return template;
    }

    /** A new template with the same content, to adapt without touching the original. */
    public ContractTemplate copy(ContractTemplateId id, TenantContext ctx) {
        ctx.requireWritable();
        TemplateContent original = get(id, ctx).content();
        String name = "Copy of " + original.name();
        if (name.length() > ContractTemplate.NAME_LENGTH) {
            name = name.substring(0, ContractTemplate.NAME_LENGTH);
        }
        ContractTemplate copy = ContractTemplate.create(ContractTemplateId.newId(), new TemplateContent(name,
                original.category(), original.body(), original.terms(), original.countersignRequired()), clock.instant());
        templates.add(ctx.tenant(), copy);
        return copy;
    }

    public ContractTemplate archive(ContractTemplateId id, TenantContext ctx) {
        ctx.requireWritable();
        ContractTemplate template = get(id, ctx);
        template.archive(clock.instant());
        return template;
    }

    private static TemplateContent checked(TemplateContent content) {
        Map<String, String> problems = content.problems();
        if (!problems.isEmpty()) {
            throw new InvalidContract(problems);
        }
        return content.normalized();
    }
}
