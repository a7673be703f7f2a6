package com.becflow.integrations.xero;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksSession;
import com.xero.api.client.AccountingApi;
import com.xero.models.accounting.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.threeten.bp.OffsetDateTime;
import org.threeten.bp.ZoneOffset;

/**
 * Contacts read back from Xero, in the words of {@link BooksRemoteContact}: those changed since a moment
 * ({@code GET Contacts} with {@code If-Modified-Since}, archived ones included, a page of 100 at a time) and one by its
 * id. Becflow sends Xero no address, so a contact's country is not read back.
 */
final class XeroContacts {

    /** Xero's page size for contacts. */
    private static final int PAGE = 100;

    private final AccountingApi accounting;
    private final XeroBooks books;

    XeroContacts(AccountingApi accounting, XeroBooks books) {
        this.accounting = accounting;
        this.books = books;
    }

    List<BooksRemoteContact> changedSince(BooksSession session, Instant since) {
        OffsetDateTime modifiedSince = modifiedSince(since);
        List<BooksRemoteContact> changed = new ArrayList<>();
        for (int page = 1; ; page++) {
            int current = page;
            List<Contact> contacts = books.limited(session, () -> accounting.getContacts(session.accessToken(),
                    session.organisationId(), modifiedSince, null, "UpdatedDateUTC ASC", null, current, true, false,
                    null)).getContacts();
            if (contacts == null || contacts.isEmpty()) {
                return changed;
            }
            contacts.stream().map(XeroContacts::remote).forEach(changed::add);
            if (contacts.size() < PAGE) {
                return changed;
            }
        }
    }

    /** Empty when Xero answers that it has no such contact. */
    Optional<BooksRemoteContact> byId(BooksSession session, String id) {
        try {
            List<Contact> found = books.limited(session, () -> accounting.getContact(session.accessToken(),
                    session.organisationId(), UUID.fromString(id))).getContacts();
            return found == null ? Optional.empty() : found.stream().findFirst().map(XeroContacts::remote);
        } catch (BooksRefused e) {
            if (e.kind() == BooksConflict.Kind.DELETED_IN_BOOKS) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The SDK writes {@code If-Modified-Since} with OffsetDateTime.toString, which leaves out zero seconds
     * ("...T10:00Z"), a form Xero's document does not take; a second earlier reads a little more, and what was read is
     * dealt with once only.
     */
    static OffsetDateTime modifiedSince(Instant since) {
        Instant from = since.getNano() == 0 && since.getEpochSecond() % 60 == 0 ? since.minusSeconds(1) : since;
        return OffsetDateTime.ofInstant(org.threeten.bp.Instant.ofEpochSecond(from.getEpochSecond(), from.getNano()),
                ZoneOffset.UTC);
    }

    private static BooksRemoteContact remote(Contact contact) {
        String person = (text(contact.getFirstName()) + " " + text(contact.getLastName())).strip();
        OffsetDateTime updated = contact.getUpdatedDateUTCAsDate();
        return new BooksRemoteContact(contact.getContactID().toString(), text(contact.getName()), person,
                text(contact.getEmailAddress()), text(contact.getTaxNumber()), null,
                contact.getContactStatus() == Contact.ContactStatusEnum.ARCHIVED,
                updated == null ? Instant.EPOCH : Instant.ofEpochSecond(updated.toEpochSecond(), updated.getNano()));
    }

    /** Xero leaves an empty detail out of its answer: read as kept there, and empty. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}
