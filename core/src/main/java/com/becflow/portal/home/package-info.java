/**
 * The client's home in the portal: everything one client has with one freelancer (contracts, invoices, what they owe),
 * opened by any link the client was sent, and from it a fresh link to each document.
 */
package com.becflow.portal.home;
