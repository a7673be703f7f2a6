package com.becflow.db;

import com.becflow.invoicing.InvoiceLines;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an invoice's lines as JSON text, exact decimals as written. */
@Converter(autoApply = true)
public class InvoiceLinesConverter implements AttributeConverter<InvoiceLines, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(InvoiceLines lines) {
        return lines == null ? null : JSON.toJson(lines);
    }

    @Override
    public InvoiceLines convertToEntityAttribute(String json) {
        return json == null ? null : JSON.fromJson(json, InvoiceLines.class);
    }
}
