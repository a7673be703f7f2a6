-- Open invoices by due date: the overdue filter of invoice lists and the housekeeping round's overdue notices read them.
CREATE INDEX invoice_open_due_idx ON invoice (due_date)
    WHERE status IN ('ISSUED', 'VIEWED', 'PARTIALLY_PAID') AND kind <> 'CREDIT_NOTE';
