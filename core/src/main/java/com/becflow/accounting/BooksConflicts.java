package com.becflow.accounting;

import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conflict inbox of a workspace's books. */
public interface BooksConflicts {

    /**
     * Opens a conflict unless one is open for the same object already (a pass meeting the same refusal again adds
     * nothing). @return whether it was opened
     */
    boolean open(TenantId tenant, BooksConflict conflict);

    /** Conflicts still open and those settled by SKIP: the objects every pass leaves alone. */
    List<BooksConflict> holding(TenantId tenant, BooksVendor vendor);

    /** Open conflicts first, newest first, then the {@code settledLimit} most recently settled. */
    List<BooksConflict> inbox(TenantId tenant, BooksVendor vendor, int settledLimit);

    Optional<BooksConflict> lock(TenantId tenant, UUID id);

    void settle(TenantId tenant, UUID id, BooksConflict.Resolution resolution);
}
