package com.becflow.api.books;

import com.becflow.accounting.BooksConflict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something the books and Becflow did not agree on, with the choices that settle it. */
public class BooksConflictJson {

    @Schema(required = true)
    public UUID id;
    @Schema(required = true, description = "CONTACT, INVOICE, PAYMENT, CREDIT_NOTE or REFUND")
    public String object;
    @Schema(description = "The Becflow id of the client, invoice or payment; absent for a payment made in the books")
    public UUID objectId;
    @Schema(required = true, example = "contact Babbage Engines")
    public String subject;
    @Schema(required = true, description = "NAME_TAKEN, NUMBER_TAKEN, DELETED_IN_BOOKS, AMOUNTS_DIFFER, "
            + "PAYMENT_NOT_TAKEN, CONTACT_CHANGED_IN_BOOKS or REFUSED")
    public String kind;
    @Schema(required = true, description = "Why, in words; the books' own reason where they gave one")
    public String reason;
    @Schema(required = true)
    public Instant openedAt;
    @Schema(required = true, description = "The choices this kind offers: LINK_EXISTING, RETRY, PUSH_AGAIN, ACCEPT, SKIP,"
            + " DISMISS, TAKE_THEIRS, KEEP_OURS")
    public List<String> choices;
    @Schema(description = "The choice that settled it; absent while open")
    public String settledWith;
    public Instant settledAt;

    static BooksConflictJson from(BooksConflict conflict) {
        BooksConflictJson json = new BooksConflictJson();
        json.id = conflict.id();
        json.object = conflict.object().name();
        json.objectId = conflict.localId();
        json.subject = conflict.subject();
        json.kind = conflict.kind().name();
        json.reason = conflict.reason();
        json.openedAt = conflict.openedAt();
        json.choices = conflict.kind().choices().stream().map(Enum::name).toList();
        conflict.resolution().ifPresent(r -> {
            json.settledWith = r.choice().name();
            json.settledAt = r.at();
        });
        return json;
    }
}
