package com.becflow.accounting.app;

import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A choice of accounts naming what the books do not offer (an account, item or tax rate deleted or archived there
 * meanwhile, or an id never theirs). The code is the first field's; every field refused has its message.
 */
public class BooksAccountsRefused extends DomainException {

    public BooksAccountsRefused(BooksVendor vendor, Map<String, BooksChoices.Field> unknown) {
        super(ErrorCode.badRequest(unknown.values().iterator().next().code()),
                vendor.label() + " does not offer " + String.join(", ", unknown.keySet()) + " as chosen",
                messages(vendor, unknown));
    }

    private static Map<String, String> messages(BooksVendor vendor, Map<String, BooksChoices.Field> unknown) {
        Map<String, String> messages = new LinkedHashMap<>();
        unknown.forEach((field, kind) -> messages.put(field, switch (kind) {
            case SALES_ACCOUNT, BANK_ACCOUNT -> "Not an active account in " + vendor.label();
            case ITEM -> "Not an item in " + vendor.label();
            case TAX_RATE -> "Not a tax rate in " + vendor.label();
        }));
        return messages;
    }
}
