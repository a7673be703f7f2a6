package com.becflow.workspace.contracts;

import com.becflow.workspace.contracts.ClauseDraft.TierDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One row of the cancellation schedule; ids carry its position, which is what error paths name. */
final class CancellationTierRow extends HorizontalLayout {
    final IntegerField days = ClauseFields.wholeNumber("Cancelled at least (days before start)", null);
    final BigDecimalField percent = ClauseFields.decimal("Share of the fee kept (%)", null);
    private final Button remove = new Button("Remove");
    private final Binder<TierDraft> rowBinder = new Binder<>(TierDraft.class);
    private final List<Binder.Binding<TierDraft, ?>> rowBindings = new ArrayList<>();

    CancellationTierRow(TierDraft tier, Runnable changed, Consumer<CancellationTierRow> removeRow) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        rowBindings.add(rowBinder.forField(days).bind(TierDraft::getDaysBeforeStart, TierDraft::setDaysBeforeStart));
        rowBindings.add(rowBinder.forField(percent).bind(TierDraft::getPercentKept, TierDraft::setPercentKept));
        rowBinder.readBean(tier);
        days.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        percent.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.addClickListener(e -> removeRow.accept(this));
        add(days, percent, remove);
    }

    void renumber(int index) {
        days.setId("clause-cancellation-days-" + index);
        percent.setId("clause-cancellation-percent-" + index);
        remove.setId("clause-cancellation-remove-" + index);
    }

    TierDraft value() {
        TierDraft tier = new TierDraft();
        rowBinder.writeBeanAsDraft(tier, true);
        return tier;
    }

    boolean validateInput() {
        boolean ok = true;
        for (Binder.Binding<TierDraft, ?> binding : rowBindings) {
            ok &= !binding.validate().isError();
        }
        return ok;
    }

    void setReadOnly(boolean readOnly) {
        rowBinder.setReadOnly(readOnly);
        remove.setVisible(!readOnly);
    }
}
