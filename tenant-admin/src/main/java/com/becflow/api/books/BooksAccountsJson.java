package com.becflow.api.books;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.app.BooksAccountsChoice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the sync posts in the books: the ids chosen, and (in answers, as {@code offered}, ignored when sent) what the
 * books offer to choose from, read from them now. At
 * QuickBooks the sales account is the item lines are sold as (QuickBooks posts a line to its item's income account).
 */
public class BooksAccountsJson {

    @NotBlank(message = "Choose the sales account")
    @Size(max = 50)
    @Schema(required = true, description = "Xero: the account code invoice lines post to; QuickBooks: the id of the item"
            + " lines are sold as", example = "200")
    public String salesAccount;

    @NotBlank(message = "Choose the bank account")
    @Size(max = 50)
    @Schema(required = true, description = "The bank account money received goes to (Xero: its code; QuickBooks: its id)",
            example = "090")
    public String bankAccount;

    @Size(max = 50)
    @Schema(description = "Xero only: the code of the item invoice lines name; absent for none", example = "DESIGN")
    public String item;

    @Valid
    @Schema(description = "The books' tax rate for each tax rate Becflow's invoices use (0 for lines without tax); "
            + "answers list every rate in use, with the books' rate of the same percentage where none was chosen yet")
    public List<TaxRateChosenJson> taxRates = new ArrayList<>();

    /** What the books offer, read from them now (in answers; ignored when sent). */
    public OfferedJson offered;

    /** The books' tax rate chosen for one Becflow tax rate. */
    public static class TaxRateChosenJson {
        @NotNull(message = "Which Becflow tax rate, in percent?")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 3, message = "At most 3 decimals")
        @Schema(required = true, example = "20")
        public BigDecimal percent;
        @Size(max = 50)
        @Schema(description = "The books' tax rate (Xero: its TaxType; QuickBooks: its TaxCode id); absent for none",
                example = "OUTPUT2")
        public String taxRate;
    }

    /** One account or item the books offer. */
    public static class ChoiceJson {
        @Schema(required = true)
        public String id;
        @Schema(required = true)
        public String name;
    }

    /** One tax rate the books offer, with what it comes to in percent. */
    public static class TaxRateJson {
        @Schema(required = true)
        public String id;
        @Schema(required = true)
        public String name;
        @Schema(required = true)
        public BigDecimal percent;
    }

    /** What the books offer to post to. */
    public static class OfferedJson {
        @Schema(required = true)
        public List<ChoiceJson> salesAccounts;
        @Schema(required = true)
        public List<ChoiceJson> bankAccounts;
        @Schema(required = true)
        public List<TaxRateJson> taxRates;
        @Schema(required = true, description = "Empty at QuickBooks, whose sales account is an item already")
        public List<ChoiceJson> items;
    }

    BooksAccounts toAccounts() {
        Map<BigDecimal, String> rates = new LinkedHashMap<>();
        if (taxRates != null) {
            taxRates.stream().filter(java.util.Objects::nonNull).forEach(rate -> rates.put(rate.percent, rate.taxRate));
        }
        return new BooksAccounts(salesAccount.strip(), bankAccount.strip(), item == null ? null : item.strip(), rates);
    }

    static BooksAccountsJson from(BooksAccountsChoice.Chosen chosen) {
        BooksAccountsJson json = new BooksAccountsJson();
        BooksAccounts accounts = chosen.accounts();
        json.salesAccount = accounts.salesAccount();
        json.bankAccount = accounts.bankAccount();
        json.item = accounts.item();
        for (BigDecimal percent : chosen.ratesInUse()) {
            TaxRateChosenJson rate = new TaxRateChosenJson();
            rate.percent = plain(percent);
            rate.taxRate = accounts.taxRateFor(percent).orElse(null);
            json.taxRates.add(rate);
        }
        OfferedJson offered = new OfferedJson();
        offered.salesAccounts = choices(chosen.offered().salesAccounts());
        offered.bankAccounts = choices(chosen.offered().bankAccounts());
        offered.items = choices(chosen.offered().items());
        offered.taxRates = chosen.offered().taxRates().stream().map(r -> {
            TaxRateJson rate = new TaxRateJson();
            rate.id = r.id();
            rate.name = r.name();
            rate.percent = plain(r.percent());
            return rate;
        }).toList();
        json.offered = offered;
        return json;
    }

    /** 20, not 2E+1 as a stripped 20.00 would be written. */
    private static BigDecimal plain(BigDecimal percent) {
        return new BigDecimal(percent.toPlainString());
    }

    private static List<ChoiceJson> choices(List<BooksChoices.Choice> offered) {
        return offered.stream().map(c -> {
            ChoiceJson choice = new ChoiceJson();
            choice.id = c.id();
            choice.name = c.name();
            return choice;
        }).toList();
    }
}
