package com.becflow.workspace.contracts;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractFollowUp;
import com.becflow.contracts.ContractStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sentence under a contract's title: where it stands, since when, and what the freelancer can do next. */
final class ContractStatusDetail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private ContractStatusDetail() {
    }

    static String of(Contract contract, ContractStatus now, ZoneId zone) {
        return switch (now) {
            case DRAFT -> contract.revision() > 1
                    ? "Revision " + contract.revision() + " is a draft: the client's earlier link no longer works. Send it when ready."
                    : "A draft: nothing has been sent yet.";
            case SENT -> "Sent to " + contract.sentTo() + " on " + at(contract.sentAt(), zone) + "; the offer is open until "
                    + at(contract.expiresAt(), zone) + ". Not opened yet: if it stays so, the client gets a gentle follow-up "
                    + ContractFollowUp.NOT_OPENED_AFTER.toDays() + " days after it was sent.";
            case VIEWED -> "Sent to " + contract.sentTo() + " on " + at(contract.sentAt(), zone) + "; opened on "
                    + at(contract.viewedAt(), zone) + ". The offer is open until " + at(contract.expiresAt(), zone)
                    + ". If it is not signed, the client gets a gentle follow-up " + ContractFollowUp.NOT_SIGNED_AFTER.toDays()
                    + " days after opening it.";
            case EXPIRED -> "The offer sent to " + contract.sentTo() + " ran out on " + at(contract.expiresAt(), zone)
                    + ". Edit it to send a new revision.";
            case SIGNED -> "Signed by the client on " + at(contract.signedAt(), zone) + "."
                    + (contract.countersignRequired() ? " Waiting for your countersignature." : "");
            case COUNTERSIGNED -> "Signed by the client on " + at(contract.signedAt(), zone) + " and by you on "
                    + at(contract.countersignedAt(), zone) + ".";
            case DECLINED -> "Declined by the client on " + at(contract.declinedAt(), zone)
                    + (contract.declineReason() == null || contract.declineReason().isBlank() ? "."
                    : ": \u201c" + contract.declineReason() + "\u201d");
            case VOIDED -> "Voided on " + at(contract.voidedAt(), zone) + ".";
            case CANCELLED -> "Signed, then cancelled on " + at(contract.updatedAt(), zone)
                    + "; its cancellation clause settled the fee (see the history).";
        };
    }

    private static String at(Instant instant, ZoneId zone) {
        return instant == null ? "?" : WHEN.format(instant.atZone(zone));
    }
}
