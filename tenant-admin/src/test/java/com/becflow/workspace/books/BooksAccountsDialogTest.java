package com.becflow.workspace.books;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksAccountsChoice;
import com.becflow.workspace.Components;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BooksAccountsDialogTest {

    private final BooksChoices offered = new BooksChoices(
            List.of(new BooksChoices.Choice("200", "200 Sales"), new BooksChoices.Choice("260", "260 Other Revenue")),
            List.of(new BooksChoices.Choice("090", "090 Business Bank Account")),
            List.of(new BooksChoices.TaxRate("OUTPUT2", "20% (VAT on Income)", new BigDecimal("20")),
                    new BooksChoices.TaxRate("NONE", "No VAT", BigDecimal.ZERO)),
            List.of(new BooksChoices.Choice("DESIGN", "Design work")));
    private final BooksAccountsChoice.Chosen chosen = new BooksAccountsChoice.Chosen(BooksVendor.XERO, offered,
            new BooksAccounts("200", "090", null, Map.of(new BigDecimal("20"), "OUTPUT2")),
            List.of(BigDecimal.ZERO, new BigDecimal("20")));

    @Test
    void theSelectsShowWhatIsChosenAndSavingHandsOnTheNewChoice() {
        List<BooksAccounts> saved = new ArrayList<>();
        BooksAccountsDialog dialog = new BooksAccountsDialog(chosen, choice -> saved.add(choice));

        assertThat(Components.value(dialog, "books-sales-account").getValue()).isEqualTo("200");
        assertThat(Components.value(dialog, "books-tax-rate-20").getValue()).isEqualTo("OUTPUT2");
        assertThat(Components.value(dialog, "books-tax-rate-0").getValue()).as("not chosen yet").isNull();
        Components.<String>value(dialog, "books-sales-account").setValue("260");
        Components.<String>value(dialog, "books-item").setValue("DESIGN");
        Components.<String>value(dialog, "books-tax-rate-0").setValue("NONE");
        Components.click(dialog, "save-books-accounts");

        assertThat(saved).containsExactly(new BooksAccounts("260", "090", "DESIGN",
                Map.of(new BigDecimal("20"), "OUTPUT2", BigDecimal.ZERO, "NONE")));
    }

    @Test
    void aRefusalGoesOnTheSelectsOfItsFields() {
        BooksAccountsDialog dialog = new BooksAccountsDialog(chosen, choice -> false);

        Map<String, String> rest = dialog.placeOnFields(Map.of("salesAccount", "Not an active account in Xero",
                "taxRates[20]", "Not a tax rate in Xero", "somethingElse", "?"));

        assertThat(Components.validation(dialog, "books-sales-account").isInvalid()).isTrue();
        assertThat(Components.validation(dialog, "books-sales-account").getErrorMessage())
                .isEqualTo("Not an active account in Xero");
        assertThat(Components.validation(dialog, "books-tax-rate-20").isInvalid()).isTrue();
        assertThat(Components.validation(dialog, "books-bank-account").isInvalid()).isFalse();
        assertThat(rest).containsOnlyKeys("somethingElse");
    }
}
