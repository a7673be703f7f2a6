package com.becflow.portal;

import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.shared.error.DomainException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The package deal an invoice link's invoice bills, read in the tenant and as the client the link names. The package is
 * context for the invoice, so the invoice's page and its JSON work without it: a package that cannot be read now is
 * left out rather than failing them.
 */
public final class InvoicePackage {

    private static final Logger LOG = Logger.getLogger(InvoicePackage.class.getName());

    private InvoicePackage() {
    }

    /** Empty when the invoice bills no package, or when its package cannot be read now. */
    public static Optional<PackageProgress> of(String token, InvoiceLinks links, PackageSelling packages) {
        try {
            InvoiceLinks.Opened link = links.open(token);
            return packages.progressOf(link.invoice().id(), link.ctx());
        } catch (DomainException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The package of an invoice could not be read for its portal link", e);
            return Optional.empty();
        }
    }
}
