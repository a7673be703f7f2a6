package com.becflow.api.invoicing;

import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line as typed (input) and as computed (output: net and tax, rounded to the currency). */
public class InvoiceLineJson {

    public String description;
    public BigDecimal quantity;
    public BigDecimal unitPrice;
    public BigDecimal discountPercent;
    public BigDecimal taxRate;
    public String taxName;
    @Schema(readOnly = true, pattern = "^-?[0-9]+(\\.[0-9]+)?$",
            description = "The line's net amount, a decimal string rounded to the currency")
    public String net;
    @Schema(readOnly = true, pattern = "^-?[0-9]+(\\.[0-9]+)?$",
            description = "The line's tax, a decimal string rounded to the currency")
    public String tax;

    InvoiceLine toLine() {
        return new InvoiceLine(description, quantity, unitPrice, discountPercent, taxRate, taxName);
    }

    public static InvoiceLineJson from(InvoiceLine line, Currency currency) {
        InvoiceLineJson json = new InvoiceLineJson();
        json.description = line.description();
        json.quantity = line.quantity();
        json.unitPrice = line.unitPrice();
        json.discountPercent = line.discountPercent();
        json.taxRate = line.taxRate();
        json.taxName = line.taxName();
        json.net = line.net(currency).amount().toPlainString();
        json.tax = line.tax(currency).amount().toPlainString();
        return json;
    }
}
