package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceTotals;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.FieldErrors;
import com.becflow.workspace.invoicing.InvoiceDraft.LineDraft;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an invoice or a credit note as an editable list, with what they add up to as they are typed.
 * Ids carry each row's position ({@code line-quantity-1}), which is also how the service names a line's errors
 * ({@code lines[1].quantity}); removing a row renumbers the rest, so ids and error paths stay in step.
 */
public class InvoiceLinesEditor extends VerticalLayout {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?");

    private final String name;
    private final String totalsName;
    private final VerticalLayout rowList = new VerticalLayout();
    private final List<LineRow> rows = new ArrayList<>();
    private final Button add;
    private final Span listError = new Span();
    private final Span subtotal = new Span();
    private final Span discount = new Span();
    private final Span tax = new Span();
    private final Span total = new Span();
    private Currency currency;
    private boolean readOnly;
    private boolean loading;

    /**
     * @param name       the stem of every id: {@code line} gives {@code line-description-0}, {@code add-line}
     * @param totalsName the stem of the totals' ids: {@code invoice} gives {@code invoice-total-preview}
     */
    public InvoiceLinesEditor(String name, String totalsName) {
        this.name = name;
        this.totalsName = totalsName;
        setId(name + "-editor");
        setPadding(false);
        rowList.setPadding(false);
        rowList.setSpacing(false);
        add = new Button("Add line", e -> {
            addRow(new LineDraft());
            changed();
        });
        add.setId("add-" + name);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        listError.setId(name + "-list-error");
        listError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        listError.setVisible(false);
        add(rowList, add, listError, totalsBlock());
        setLines(List.of(new LineDraft()));
    }

    private Div totalsBlock() {
        Div block = new Div();
        block.setId(totalsName + "-totals");
        block.getStyle().set("display", "grid").set("grid-template-columns", "auto auto").set("column-gap", "var(--lumo-space-l)")
                .set("margin-left", "auto").set("text-align", "right");
        total.getStyle().set("font-weight", "600");
        addTotal(block, "Subtotal", subtotal, "subtotal");
        addTotal(block, "Discount", discount, "discount");
        addTotal(block, "Tax", tax, "tax");
        addTotal(block, "Total", total, "total");
        return block;
    }

    private void addTotal(Div block, String label, Span value, String id) {
        value.setId(totalsName + "-" + id + "-preview");
        Span caption = new Span(label);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)");
        block.add(caption, value);
    }

    /** Shows these lines (at least one row, empty if none) and clears every mark. */
    public void setLines(List<LineDraft> lines) {
        loading = true;
        rows.clear();
        rowList.removeAll();
        (lines.isEmpty() ? List.of(new LineDraft()) : lines).forEach(this::addRow);
        loading = false;
        clearErrors();
        showTotals();
    }

    /** The lines as typed, in the order shown; nothing is checked here. */
    public List<LineDraft> getLines() {
        return rows.stream().map(LineRow::value).toList();
    }

    /** The currency the totals are shown in; null shows no amounts until one is known. */
    public void setCurrency(Currency currency) {
        this.currency = currency;
        showTotals();
    }

    /** Whether every number field holds something that reads as a number; marks those that do not. */
    public boolean validateInput() {
        boolean ok = true;
        for (LineRow row : rows) {
            ok &= row.validateInput();
        }
        return ok;
    }

    public void clearErrors() {
        rows.forEach(LineRow::clearErrors);
        listError.setText("");
        listError.setVisible(false);
    }

    /**
     * Marks one error keyed {@code lines}, {@code lines[i]} or {@code lines[i].field}; false when it is about
     * something else or about a row that is not there.
     */
    public boolean showError(String key, String message) {
        if (key.equals("lines")) {
            listError.setText(message);
            listError.setVisible(true);
            return true;
        }
        Matcher line = LINE.matcher(key);
        if (!line.matches()) {
            return false;
        }
        int index = Integer.parseInt(line.group(1));
        if (index >= rows.size()) {
            return false;
        }
        LineRow row = rows.get(index);
        HasValidation field = line.group(2) == null ? row.description : row.fields.get(line.group(2));
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    /** Shows why a row holds what it holds (the assistant's reason) under its description. */
    public void explain(Map<Integer, String> reasonsByRow) {
        reasonsByRow.forEach((index, reason) -> {
            if (index < rows.size()) {
                rows.get(index).description.setHelperText(reason);
            }
        });
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(row -> row.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    /** Raised on every change of a line, for the totals of whoever holds this editor. */
    public static class ChangeEvent extends ComponentEvent<InvoiceLinesEditor> {
        ChangeEvent(InvoiceLinesEditor source) {
            super(source, false);
        }
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    private void changed() {
        if (loading) {
            return;
        }
        showTotals();
        fireEvent(new ChangeEvent(this));
    }

    private void showTotals() {
        if (currency == null) {
            for (Span amount : List.of(subtotal, discount, tax, total)) {
                amount.setText("—");
            }
            rows.forEach(row -> row.amount.setText(""));
            return;
        }
        InvoiceTotals totals = InvoiceDraft.totalsOf(getLines(), currency);
        subtotal.setText(MoneyText.of(totals.subtotal()));
        discount.setText(MoneyText.of(totals.discount()));
        tax.setText(MoneyText.of(totals.tax()));
        total.setText(MoneyText.of(totals.total()));
        rows.forEach(row -> {
            InvoiceTotals own = InvoiceDraft.totalsOf(List.of(row.value()), currency);
            row.amount.setText(row.value().priced() ? MoneyText.of(own.subtotal().minus(own.discount())) : "");
        });
    }

    private void addRow(LineDraft line) {
        LineRow row = new LineRow(line);
        row.setReadOnly(readOnly);
        rows.add(row);
        rowList.add(row);
        renumber();
    }

    private void removeRow(LineRow row) {
        rows.remove(row);
        rowList.remove(row);
        renumber();
        changed();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).renumber(i);
        }
        rows.forEach(row -> row.remove.setEnabled(rows.size() > 1));
    }

    /** One line: its inputs, what it comes to before tax, and a button to take it out. */
    private final class LineRow extends HorizontalLayout {
        private final TextField description = new TextField("Description");
        private final BigDecimalField quantity = number("Quantity");
        private final BigDecimalField unitPrice = number("Unit price");
        private final BigDecimalField discountPercent = number("Discount %");
        private final BigDecimalField taxRate = number("Tax %");
        private final TextField taxName = new TextField("Tax name");
        private final Span amount = new Span();
        private final Button remove = new Button("Remove");
        private final Binder<LineDraft> binder = new Binder<>(LineDraft.class);
        private final List<Binder.Binding<LineDraft, ?>> bindings = new ArrayList<>();
        private final Map<String, HasValidation> fields = new LinkedHashMap<>();

        LineRow(LineDraft line) {
            setWidthFull();
            setWrap(true);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            description.setMaxLength(InvoiceLine.DESCRIPTION_LENGTH);
            description.setMinWidth("16em");
            setFlexGrow(1, description);
            taxName.setMaxLength(InvoiceLine.TAX_NAME_LENGTH);
            taxName.setPlaceholder("VAT");
            taxName.setWidth("6em");
            description.setValueChangeMode(ValueChangeMode.LAZY);
            taxName.setValueChangeMode(ValueChangeMode.LAZY);
            amount.getStyle().set("min-width", "8em").set("text-align", "right");
            bind(description, LineDraft::getDescription, LineDraft::setDescription, "description");
            bind(quantity, LineDraft::getQuantity, LineDraft::setQuantity, "quantity");
            bind(unitPrice, LineDraft::getUnitPrice, LineDraft::setUnitPrice, "unitPrice");
            bind(discountPercent, LineDraft::getDiscountPercent, LineDraft::setDiscountPercent, "discountPercent");
            bind(taxRate, LineDraft::getTaxRate, LineDraft::setTaxRate, "taxRate");
            bind(taxName, LineDraft::getTaxName, LineDraft::setTaxName, "taxName");
            binder.readBean(line);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(e -> removeRow(this));
            add(description, quantity, unitPrice, discountPercent, taxRate, taxName, amount, remove);
        }

        private <V> void bind(HasValue<?, V> field, ValueProvider<LineDraft, V> getter, Setter<LineDraft, V> setter,
                              String errorKey) {
            bindings.add(binder.forField(field).bind(getter, setter));
            fields.put(errorKey, (HasValidation) field);
            field.addValueChangeListener(e -> changed());
        }

        void renumber(int index) {
            description.setId(name + "-description-" + index);
            quantity.setId(name + "-quantity-" + index);
            unitPrice.setId(name + "-unit-price-" + index);
            discountPercent.setId(name + "-discount-" + index);
            taxRate.setId(name + "-tax-rate-" + index);
            taxName.setId(name + "-tax-name-" + index);
            amount.setId(name + "-amount-" + index);
            remove.setId("remove-" + name + "-" + index);
        }

        LineDraft value() {
            LineDraft line = new LineDraft();
            binder.writeBeanAsDraft(line, true);
            return line;
        }

        boolean validateInput() {
            boolean ok = true;
            for (Binder.Binding<LineDraft, ?> binding : bindings) {
                ok &= !binding.validate().isError();
            }
            return ok;
        }

        void clearErrors() {
            FieldErrors.clear(fields.values());
        }

        void setReadOnly(boolean readOnly) {
            binder.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }

    private static BigDecimalField number(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setWidth("7em");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        return field;
    }
}
