package com.becflow.db;

import com.becflow.contracts.ContractTerms;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a template's or contract's clauses as JSON text: parameters are data, read back exactly as written. */
@Converter(autoApply = true)
public class ContractTermsConverter implements AttributeConverter<ContractTerms, String> {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(ContractTerms terms) {
        return terms == null ? null : JSON.toJson(terms);
    }

    @Override
    public ContractTerms convertToEntityAttribute(String json) {
        return json == null ? null : JSON.fromJson(json, ContractTerms.class);
    }

    public static String toJson(ContractTerms terms) {
        return JSON.toJson(terms);
    }
}
