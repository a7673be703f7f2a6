package com.becflow.workspace.books;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksAccountsChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Where the sync posts in one vendor's books, each choice a select filled from what the books offer: the sales
 * account (at QuickBooks the item lines are sold as), the bank account, at Xero an optional item, and the books' tax
 * rate for each tax rate the invoices use. Saving hands the choice to {@code save}, which says whether it was taken;
 * a refusal's messages go on their selects.
 */
final class BooksAccountsDialog extends Dialog {

    private final Select<String> sales = new Select<>();
    private final Select<String> bank = new Select<>();
    private final Select<String> item = new Select<>();
    private final Map<BigDecimal, Select<String>> taxRates = new LinkedHashMap<>();
    private final Map<String, Select<String>> byField = new HashMap<>();

    /** @param save takes the choice; true when it was kept (else its refusal is on the fields already) */
    BooksAccountsDialog(BooksAccountsChoice.Chosen chosen, Function<BooksAccounts, Boolean> save) {
        BooksVendor vendor = chosen.vendor();
        BooksChoices offered = chosen.offered();
        setId("books-accounts-dialog");
        setHeaderTitle("Where Becflow posts in " + vendor.label());
        FormLayout form = new FormLayout();
        fill(sales, "books-sales-account", vendor == BooksVendor.QUICKBOOKS ? "Invoice lines are sold as (item)"
                : "Sales account for invoice lines", offered.salesAccounts(), chosen.accounts().salesAccount(), false);
        fill(bank, "books-bank-account", "Bank account for money received", offered.bankAccounts(),
                chosen.accounts().bankAccount(), false);
        byField.put("salesAccount", sales);
        byField.put("bankAccount", bank);
        form.add(sales, bank);
        if (!offered.items().isEmpty()) {
            fill(item, "books-item", "Item named on invoice lines", offered.items(), chosen.accounts().item(), true);
            byField.put("item", item);
            form.add(item);
        }
        List<BooksChoices.Choice> rates = offered.taxRates().stream()
                .map(r -> new BooksChoices.Choice(r.id(), r.name())).toList();
        for (BigDecimal percent : chosen.ratesInUse()) {
            Select<String> rate = new Select<>();
            fill(rate, "books-tax-rate-" + percent.toPlainString().replace('.', '-'),
                    "Becflow's " + percent.toPlainString() + " % tax as", rates,
                    chosen.accounts().taxRateFor(percent).orElse(null), true);
            taxRates.put(percent, rate);
            byField.put("taxRates[" + percent.toPlainString() + "]", rate);
            form.add(rate);
        }
        Paragraph note = new Paragraph("Applies to what is added or changed in your books from now on. A tax rate left "
                + "on \"None\" lets " + vendor.label() + " decide.");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(form, note);
        Button saveButton = new Button("Save", e -> {
            byField.values().forEach(select -> select.setInvalid(false));
            Map<BigDecimal, String> chosenRates = new LinkedHashMap<>();
            taxRates.forEach((percent, select) -> chosenRates.put(percent, select.getValue()));
            if (save.apply(new BooksAccounts(value(sales), value(bank), item.getValue(), chosenRates))) {
                close();
            }
        });
        saveButton.setId("save-books-accounts");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, saveButton);
    }

    /** Puts each message on the select of its field; returns those of no select here. */
    Map<String, String> placeOnFields(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Select<String> select = byField.get(field);
            if (select == null) {
                rest.put(field, message);
            } else {
                select.setErrorMessage(message);
                select.setInvalid(true);
            }
        });
        return rest;
    }

    private static String value(Select<String> select) {
        return select.getValue() == null ? "" : select.getValue();
    }

    private static void fill(Select<String> select, String id, String label, List<BooksChoices.Choice> offered,
                             String current, boolean optional) {
        select.setId(id);
        select.setLabel(label);
        Map<String, String> names = new LinkedHashMap<>();
        offered.forEach(choice -> names.put(choice.id(), choice.name()));
        Predicate<String> known = names::containsKey;
        if (current != null && !known.test(current)) {
            // Chosen once, gone from the books since: shown as it is, so saving names it as unknown.
            names.put(current, current + " (no longer in the books)");
        }
        select.setItems(List.copyOf(names.keySet()));
        select.setItemLabelGenerator(choice -> choice == null ? "None" : names.getOrDefault(choice, choice));
        if (optional) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("None");
        }
        select.setValue(current);
        select.setWidthFull();
    }
}
