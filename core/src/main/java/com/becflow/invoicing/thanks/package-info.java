/**
 * The thank-you for paying on time: when the workspace offers it, a client who pays an invoice in full by its due
 * date is granted a discount in percent on their next invoice, used once at issue (as discount lines, so tax is
 * reckoned on the discounted amount) and given back if that invoice is voided before the grant expires.
 */
package com.becflow.invoicing.thanks;
