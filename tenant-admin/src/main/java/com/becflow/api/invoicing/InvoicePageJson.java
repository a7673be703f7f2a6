package com.becflow.api.invoicing;

import java.util.List;

public record InvoicePageJson(List<InvoiceJson> items, int page, int size, long total) {
}
