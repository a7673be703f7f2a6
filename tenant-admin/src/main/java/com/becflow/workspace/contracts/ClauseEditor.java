package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.workspace.FieldErrors;
import com.becflow.workspace.contracts.ClauseDraft.DepositKind;
import com.becflow.workspace.contracts.ClauseDraft.TierDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a {@link ContractTerms}: payment terms always, every other clause behind its own switch. Binds a
 * {@link ClauseDraft}; {@link #getTerms()} gives the terms as typed (null for clauses that are off) and the
 * domain decides whether they hold. {@link #showErrors} puts the domain's verdict, keyed by path
 * ({@code terms.deposit.percent}, {@code terms.cancellation.tiers[1].percentKept}), next to the right input.
 */
public class ClauseEditor extends VerticalLayout {

    private static final Pattern TIER = Pattern.compile("terms\\.cancellation\\.tiers\\[(\\d+)](?:\\.(\\w+))?");

    private final Binder<ClauseDraft> binder = new Binder<>(ClauseDraft.class);
    private final List<Binder.Binding<ClauseDraft, ?>> bindings = new ArrayList<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, ClauseSection> sections = new LinkedHashMap<>();

    private final IntegerField netDays = ClauseFields.wholeNumber("Invoices due after (days)", "clause-net-days");

    private final Checkbox depositOn = ClauseFields.toggle("Deposit on signing", "clause-deposit-on");
    private final RadioButtonGroup<DepositKind> depositKind = new RadioButtonGroup<>("Deposit as");
    private final BigDecimalField depositPercent = ClauseFields.decimal("Deposit (% of the fee)", "clause-deposit-percent");
    private final BigDecimalField depositAmount = ClauseFields.decimal("Deposit (amount)", "clause-deposit-amount");

    private final Checkbox cancellationOn = ClauseFields.toggle("Cancellation fee", "clause-cancellation-on");
    private final VerticalLayout tierList = new VerticalLayout();
    private final List<CancellationTierRow> tierRows = new ArrayList<>();
    private final Button addTier = new Button("Add tier");

    private final Checkbox lateFeeOn = ClauseFields.toggle("Late payment fee", "clause-late-fee-on");
    private final BigDecimalField lateFeeFlat = ClauseFields.decimal("Flat fee (amount)", "clause-late-fee-flat");
    private final BigDecimalField lateFeePercent = ClauseFields.decimal("% of the unpaid amount per period", "clause-late-fee-percent");
    private final IntegerField lateFeePeriod = ClauseFields.wholeNumber("Charged every (days)", "clause-late-fee-period");
    private final IntegerField lateFeeGrace = ClauseFields.wholeNumber("Grace period (days)", "clause-late-fee-grace");
    private final BigDecimalField lateFeeCap = ClauseFields.decimal("Cap (% of the invoice, optional)", "clause-late-fee-cap");

    private final Checkbox discountOn = ClauseFields.toggle("Early payment discount", "clause-discount-on");
    private final BigDecimalField discountPercent = ClauseFields.decimal("Discount (%)", "clause-discount-percent");
    private final IntegerField discountWithin = ClauseFields.wholeNumber("If paid within (days)", "clause-discount-within");

    private final Checkbox ipOn = ClauseFields.toggle("Transfer of intellectual property", "clause-ip-on");
    private final RadioButtonGroup<IpTransferMoment> ipMoment = new RadioButtonGroup<>("Ownership passes");

    private final Checkbox scopeOn = ClauseFields.toggle("Scope and change requests", "clause-scope-on");
    private final TextArea scopeDeliverables = new TextArea("What the fee covers");
    private final IntegerField scopeRevisions = ClauseFields.wholeNumber("Revision rounds included (optional)", "clause-scope-revisions");
    private final BigDecimalField scopeRate = ClauseFields.decimal("Hourly rate for changes (optional)", "clause-scope-rate");

    private boolean readOnly;

    public ClauseEditor() {
        setId("clause-editor");
        setPadding(false);
        setSpacing(true);
        depositKind.setId("clause-deposit-kind");
        depositKind.setItems(DepositKind.values());
        depositKind.setItemLabelGenerator(k -> k == DepositKind.PERCENT ? "Percentage of the fee" : "Fixed amount");
        ipMoment.setId("clause-ip-moment");
        ipMoment.setItems(IpTransferMoment.values());
        ipMoment.setItemLabelGenerator(m -> m == IpTransferMoment.ON_SIGNING ? "When the contract is signed"
                : "Once the fee is paid in full");
        scopeDeliverables.setId("clause-scope-deliverables");
        scopeDeliverables.setMaxLength(ContractTerms.MAX_SCOPE_LENGTH);
        scopeDeliverables.setMinHeight("6em");
        netDays.setRequiredIndicatorVisible(true);
        netDays.setHelperText("0 means due on receipt");
        addTier.setId("clause-cancellation-add");
        addTier.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addTier.addClickListener(e -> {
            addRow(new TierDraft());
            changed();
        });
        tierList.setPadding(false);
        tierList.setSpacing(false);

        bind(netDays, ClauseDraft::getNetDays, ClauseDraft::setNetDays, "terms.payment.netDays");
        bind(depositOn, ClauseDraft::isDepositOn, ClauseDraft::setDepositOn, null);
        bind(depositKind, ClauseDraft::getDepositKind, ClauseDraft::setDepositKind, null);
        bind(depositPercent, ClauseDraft::getDepositPercent, ClauseDraft::setDepositPercent, "terms.deposit.percent");
        bind(depositAmount, ClauseDraft::getDepositAmount, ClauseDraft::setDepositAmount, "terms.deposit.amount");
        bind(cancellationOn, ClauseDraft::isCancellationOn, ClauseDraft::setCancellationOn, null);
        bind(lateFeeOn, ClauseDraft::isLateFeeOn, ClauseDraft::setLateFeeOn, null);
        bind(lateFeeFlat, ClauseDraft::getLateFeeFlatAmount, ClauseDraft::setLateFeeFlatAmount, "terms.lateFee.flatAmount");
        bind(lateFeePercent, ClauseDraft::getLateFeePercentPerPeriod, ClauseDraft::setLateFeePercentPerPeriod,
                "terms.lateFee.percentPerPeriod");
        bind(lateFeePeriod, ClauseDraft::getLateFeePeriodDays, ClauseDraft::setLateFeePeriodDays, "terms.lateFee.periodDays");
        bind(lateFeeGrace, ClauseDraft::getLateFeeGraceDays, ClauseDraft::setLateFeeGraceDays, "terms.lateFee.graceDays");
        bind(lateFeeCap, ClauseDraft::getLateFeeCapPercent, ClauseDraft::setLateFeeCapPercent, "terms.lateFee.capPercent");
        bind(discountOn, ClauseDraft::isDiscountOn, ClauseDraft::setDiscountOn, null);
        bind(discountPercent, ClauseDraft::getDiscountPercent, ClauseDraft::setDiscountPercent,
                "terms.earlyPaymentDiscount.percent");
        bind(discountWithin, ClauseDraft::getDiscountWithinDays, ClauseDraft::setDiscountWithinDays,
                "terms.earlyPaymentDiscount.withinDays");
        bind(ipOn, ClauseDraft::isIpTransferOn, ClauseDraft::setIpTransferOn, null);
        bind(ipMoment, ClauseDraft::getIpTransferMoment, ClauseDraft::setIpTransferMoment, "terms.ipTransfer.moment");
        bind(scopeOn, ClauseDraft::isScopeOn, ClauseDraft::setScopeOn, null);
        bind(scopeDeliverables, ClauseDraft::getScopeDeliverables, ClauseDraft::setScopeDeliverables,
                "terms.scope.deliverables");
        bind(scopeRevisions, ClauseDraft::getScopeRevisionRounds, ClauseDraft::setScopeRevisionRounds,
                "terms.scope.revisionRounds");
        bind(scopeRate, ClauseDraft::getScopeChangeRequestHourlyRate, ClauseDraft::setScopeChangeRequestHourlyRate,
                "terms.scope.changeRequestHourlyRate");

        section("terms.payment", "payment", null, netDays);
        section("terms.scope", "scope", scopeOn, scopeDeliverables, scopeRevisions, scopeRate);
        section("terms.deposit", "deposit", depositOn, depositKind, depositPercent, depositAmount);
        section("terms.earlyPaymentDiscount", "discount", discountOn, discountPercent, discountWithin);
        section("terms.lateFee", "late-fee", lateFeeOn, lateFeeFlat, lateFeePercent, lateFeePeriod, lateFeeGrace, lateFeeCap);
        section("terms.cancellation", "cancellation", cancellationOn, tierList, addTier);
        section("terms.ipTransfer", "ip", ipOn, ipMoment);

        depositOn.addValueChangeListener(e -> syncVisibility());
        depositKind.addValueChangeListener(e -> syncVisibility());
        // Switching a clause on by hand fills in what nearly everyone uses; the change is announced once filled.
        cancellationOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && tierRows.isEmpty()) {
                addRow(new TierDraft());
                changed();
            }
            syncVisibility();
        });
        lateFeeOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && (lateFeePeriod.isEmpty() || lateFeeGrace.isEmpty())) {
                if (lateFeePeriod.isEmpty()) {
                    lateFeePeriod.setValue(30);
                }
                if (lateFeeGrace.isEmpty()) {
                    lateFeeGrace.setValue(0);
                }
                changed();
            }
            syncVisibility();
        });
        discountOn.addValueChangeListener(e -> syncVisibility());
        ipOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && ipMoment.isEmpty()) {
                ipMoment.setValue(IpTransferMoment.ON_FULL_PAYMENT);
                changed();
            }
            syncVisibility();
        });
        scopeOn.addValueChangeListener(e -> syncVisibility());
        setTerms(null);
    }

    /** Shows these terms (null: empty payment terms, every optional clause off) and clears all marks. */
    public void setTerms(ContractTerms terms) {
        ClauseDraft draft = ClauseDraft.of(terms);
        binder.readBean(draft);
        tierRows.clear();
        tierList.removeAll();
        draft.getTiers().forEach(this::addRow);
        syncVisibility();
        clearErrors();
    }

    /** The terms as typed: a clause that is off is null; nothing is checked here. */
    public ContractTerms getTerms() {
        ClauseDraft draft = new ClauseDraft();
        binder.writeBeanAsDraft(draft, true);
        List<TierDraft> tiers = new ArrayList<>();
        tierRows.forEach(row -> tiers.add(row.value()));
        draft.setTiers(tiers);
        return draft.toTerms();
    }

    /**
     * Whether every visible field holds something its type can read (a number field may hold "1e" that is no
     * number); marks those that do not. Only the domain judges the values themselves.
     */
    public boolean validateInput() {
        boolean ok = true;
        for (Binder.Binding<ClauseDraft, ?> binding : bindings) {
            if (shown((Component) binding.getField()) && binding.validate().isError()) {
                ok = false;
            }
        }
        for (CancellationTierRow row : tierRows) {
            ok &= !shown(row) || row.validateInput();
        }
        return ok;
    }

    public void clearErrors() {
        FieldErrors.clear(fields.values());
        tierRows.forEach(row -> FieldErrors.clear(List.of(row.days, row.percent)));
        sections.values().forEach(ClauseSection::clearError);
    }

    /**
     * Marks every error this editor has an input for and returns the rest, so that the caller can show them
     * elsewhere: nothing is dropped. An error on a whole clause goes on that clause's error line.
     */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((key, message) -> {
            if (!showError(key, message)) {
                rest.put(key, message);
            }
        });
        return rest;
    }

    /** Marks one error; false when no visible part of this editor is about {@code key}. */
    public boolean showError(String key, String message) {
        HasValidation field = fields.get(key);
        if (field != null && shown((Component) field)) {
            ClauseFields.mark(field, message);
            return true;
        }
        Matcher tier = TIER.matcher(key);
        if (tier.matches()) {
            int index = Integer.parseInt(tier.group(1));
            if (index < tierRows.size() && shown(tierRows.get(index))) {
                CancellationTierRow row = tierRows.get(index);
                ClauseFields.mark("percentKept".equals(tier.group(2)) ? row.percent : row.days, message);
                return true;
            }
        }
        for (Map.Entry<String, ClauseSection> entry : sections.entrySet()) {
            String prefix = entry.getKey();
            if ((key.equals(prefix) || key.startsWith(prefix + ".") || key.startsWith(prefix + "["))
                    && entry.getValue().isOn()) {
                entry.getValue().addError(message);
                return true;
            }
        }
        return false;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        binder.setReadOnly(readOnly);
        tierRows.forEach(row -> row.setReadOnly(readOnly));
        addTier.setVisible(!readOnly);
    }

    /** Raised on every change the person makes, for previews and "unsaved changes". */
    public static class ChangeEvent extends ComponentEvent<ClauseEditor> {
        ChangeEvent(ClauseEditor source) {
            super(source, true);
        }
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void changed() {
        fireEvent(new ChangeEvent(this));
    }

    private <V> void bind(HasValue<?, V> field, ValueProvider<ClauseDraft, V> getter, Setter<ClauseDraft, V> setter,
                          String errorKey) {
        bindings.add(binder.forField(field).bind(getter, setter));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed();
            }
        });
        if (errorKey != null) {
            fields.put(errorKey, (HasValidation) field);
        }
    }

    private void section(String errorPrefix, String name, Checkbox toggle, Component... content) {
        ClauseSection section = new ClauseSection(name, toggle, content);
        sections.put(errorPrefix, section);
        add(section);
    }

    private void syncVisibility() {
        sections.values().forEach(ClauseSection::sync);
        depositPercent.setVisible(depositKind.getValue() != DepositKind.AMOUNT);
        depositAmount.setVisible(depositKind.getValue() == DepositKind.AMOUNT);
    }

    private void addRow(TierDraft tier) {
        CancellationTierRow row = new CancellationTierRow(tier, this::changed, this::removeRow);
        row.setReadOnly(readOnly);
        tierRows.add(row);
        tierList.add(row);
        renumber();
    }

    private void removeRow(CancellationTierRow row) {
        tierRows.remove(row);
        tierList.remove(row);
        renumber();
        changed();
    }

    private void renumber() {
        for (int i = 0; i < tierRows.size(); i++) {
            tierRows.get(i).renumber(i);
        }
    }

    /** Shown on the page: this component and every parent up to the editor are visible. */
    private boolean shown(Component component) {
        Component c = component;
        while (c != null && c != this) {
            if (!c.isVisible()) {
                return false;
            }
            c = c.getParent().orElse(null);
        }
        return c == this;
    }
}
