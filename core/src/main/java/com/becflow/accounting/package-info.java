/**
 * Accounting: the freelancer's books in Xero or QuickBooks Online kept in step with Becflow. Clients, issued
 * invoices and the money moved on them are pushed there; each pushed object keeps its external id in a mapping, so a
 * pass run again creates nothing twice. The vendor's own vocabulary stays in its adapter behind {@link
 * com.becflow.accounting.BooksGateway}; every request an adapter sends to an organisation's books first passes
 * {@link com.becflow.accounting.BooksCalls}, which keeps within the vendor's {@link
 * com.becflow.accounting.BooksCallLimits} for that organisation.
 */
package com.becflow.accounting;
