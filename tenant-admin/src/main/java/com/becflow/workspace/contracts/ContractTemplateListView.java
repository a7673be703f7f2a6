package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The freelancer's contract templates: add, edit, copy to adapt, archive. */
@Route(value = "contract-templates", layout = WorkspaceLayout.class)
@PageTitle("Contract templates | Becflow")
public class ContractTemplateListView extends VerticalLayout {

    private final ContractTemplateService templates;
    private final WorkspaceTenant tenant;
    private final Grid<ContractTemplate> grid = new Grid<>(ContractTemplate.class, false);
    private final Button add = new Button("New template");
    private final Button edit = new Button("Edit");
    private final Button copy = new Button("Copy");
    private final Button archive = new Button("Archive");
    private final ContractTemplateEditor editor = new ContractTemplateEditor();
    private final Dialog dialog = new Dialog();
    private final boolean writable;
    private ContractTemplateId editing;

    @Inject
    public ContractTemplateListView(ContractTemplateService templates, WorkspaceTenant tenant) {
        this.templates = templates;
        this.tenant = tenant;
        this.writable = tenant.get().access() == TenantAccess.FULL;
        setSizeFull();
        configureGrid();
        configureEditor();
        add.setId("template-new");
        edit.setId("template-edit");
        copy.setId("template-copy");
        archive.setId("template-archive");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add.addClickListener(e -> open(null));
        edit.addClickListener(e -> selected(this::open));
        copy.addClickListener(e -> selected(this::copy));
        archive.addClickListener(e -> selected(this::confirmArchive));
        add.setEnabled(writable);
        updateButtons();
        Paragraph intro = new Paragraph("A template is the text and clauses you start each contract from. "
                + "Contracts keep their own copy: changing a template never changes a contract made from it.");
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H2("Contract templates"), intro, new HorizontalLayout(add, edit, copy, archive), grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("template-grid");
        grid.addColumn(ContractTemplate::name).setHeader("Name").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(ContractTemplate::category).setHeader("Category").setAutoWidth(true);
        grid.addColumn(t -> t.countersignRequired() ? "Yes" : "No").setHeader("Countersignature needed")
                .setAutoWidth(true);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH);
        ZoneId zone = tenant.get().zone();
        grid.addColumn(t -> day.format(t.updatedAt().atZone(zone))).setHeader("Updated")
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> updateButtons());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private void configureEditor() {
        dialog.setId("template-dialog");
        dialog.setWidth("min(1200px, 96vw)");
        dialog.setHeight("90vh");
        dialog.add(editor);
        dialog.setCloseOnOutsideClick(false);
        editor.addSaveListener(e -> save(e.draft()));
        editor.addCloseListener(e -> dialog.close());
    }

    private void open(ContractTemplate template) {
        editing = template == null ? null : template.id();
        dialog.setHeaderTitle(template == null ? "New template" : "Edit " + template.name());
        editor.edit(template == null ? new TemplateDraft() : TemplateDraft.of(template), writable);
        dialog.open();
    }

    private void save(TemplateDraft draft) {
        boolean saved = Notices.attempt(() -> {
            if (editing == null) {
                templates.create(draft.toContent(), tenant.get());
            } else {
                templates.update(editing, draft.toContent(), tenant.get());
            }
        }, editor::showErrors);
        if (saved) {
            Notices.success("Template saved");
            dialog.close();
            refresh();
        }
    }

    private void copy(ContractTemplate template) {
        ContractTemplate[] made = new ContractTemplate[1];
        if (Notices.attempt(() -> made[0] = templates.copy(template.id(), tenant.get()))) {
            Notices.success("Copied as \"" + made[0].name() + "\"");
            refresh();
            grid.select(made[0]);
            open(made[0]);
        }
    }

    private void confirmArchive(ContractTemplate template) {
        Confirm.ask("Archive \"" + template.name() + "\"?", "It leaves this list and cannot be chosen for new "
                + "contracts. Contracts already made from it keep their own copy.", "Archive", "template-archive-confirm",
                true, () -> {
                    if (Notices.attempt(() -> templates.archive(template.id(), tenant.get()))) {
                        Notices.success("Template archived");
                        refresh();
                    }
                });
    }

    private void selected(java.util.function.Consumer<ContractTemplate> action) {
        ContractTemplate template = grid.asSingleSelect().getValue();
        if (template == null) {
            Notices.error("Choose a template in the list first");
        } else {
            action.accept(template);
        }
    }

    private void updateButtons() {
        boolean chosen = grid.asSingleSelect().getValue() != null;
        edit.setEnabled(chosen);
        copy.setEnabled(chosen && writable);
        archive.setEnabled(chosen && writable);
    }

    private void refresh() {
        List<ContractTemplate> list;
        try {
            list = templates.list(tenant.get());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            list = List.of();
        }
        grid.setItems(list);
        updateButtons();
    }
}
