/**
 * Accounting: the freelancer's books in Xero or QuickBooks Online kept in step with Becflow. Clients, issued
 * invoices and the money moved on them are pushed there; each pushed object keeps its external id in a mapping, so a
 * pass run again creates nothing twice. The vendor's own vocabulary stays in its adapter behind {@link
 * com.becflow.accounting.BooksGateway}.
 */
package com.becflow.accounting;
