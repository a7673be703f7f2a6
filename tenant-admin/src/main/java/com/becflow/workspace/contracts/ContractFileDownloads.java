package com.becflow.workspace.contracts;

import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.app.ContractIntegrity;
import com.becflow.contracts.app.ContractService;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The PDFs kept about a contract (signed contract, audit certificate) as downloads named after its title. */
final class ContractFileDownloads {

    private static final Logger LOG = Logger.getLogger(ContractFileDownloads.class.getName());

    private final ContractService contracts;
    private final Supplier<TenantContext> tenant;

    ContractFileDownloads(ContractService contracts, Supplier<TenantContext> tenant) {
        this.contracts = contracts;
        this.tenant = tenant;
    }

    /**
     * A download of the newest file of a kind, when one exists (the integrity check lists every stored file);
     * the bytes are read when the link is followed.
     */
    Optional<DownloadHandler> of(ContractId id, String title, ContractFileKind kind, String suffix,
                                 ContractIntegrity check, TenantContext ctx) {
        boolean exists;
        if (check != null) {
            exists = check.filesIntact().containsKey(kind.name());
        } else {
            try {
                contracts.file(id, kind, ctx);
                exists = true;
            } catch (ContractNotFound e) {
                exists = false;
            }
        }
        if (!exists) {
            return Optional.empty();
        }
        String fileName = "contract-" + slug(title) + "-" + suffix;
        return Optional.of(DownloadHandler.fromInputStream(event -> {
            try {
                ContractFile file = contracts.file(id, kind, tenant.get());
                byte[] pdf = file.pdf();
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Download of " + kind + " of contract " + id + " failed", e);
                return DownloadResponse.error(404);
            }
        }));
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "untitled" : slug;
    }
}
