package com.becflow.invoicing;

public enum InvoiceFileKind { INVOICE, RECEIPT }
