package com.becflow.accounting.app;

import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksTwins;
import com.becflow.accounting.BooksVendor;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends a pass's objects of one kind in batch calls of the vendor's size, in the order given (oldest first, so that a
 * batch whose answer was lost is built alike by the next pass). Each batch carries a key made from its members' own
 * idempotency keys: sent again, it is the same call to the books and makes or changes nothing twice. A batch of one
 * goes as a single call. Creations and updates alike.
 */
final class BooksBatches {

    private BooksBatches() {
    }

    /**
     * @param memberKey each member's own idempotency key
     * @param batchCall one call for a batch and its key: one answer per member, in the order sent
     * @param alone     how a batch of one is sent
     * @param answered  what to do with each member's answer (its id in the books, or its own refusal)
     */
    static <M> void send(BooksVendor vendor, BooksObject object, List<M> members, int size, Function<M, String> memberKey,
                         BiFunction<List<M>, String, List<BooksGateway.Created>> batchCall, Consumer<M> alone,
                         BiConsumer<M, BooksGateway.Created> answered) {
        for (int from = 0; from < members.size(); from += size) {
            List<M> batch = members.subList(from, Math.min(members.size(), from + size));
            if (batch.size() == 1) {
                alone.accept(batch.get(0));
                continue;
            }
            String key = BooksTwins.batchKey(object, batch.stream().map(memberKey).toList());
            List<BooksGateway.Created> answers = batchCall.apply(batch, key);
            if (answers.size() != batch.size()) {
                throw new IllegalStateException(vendor.label() + " answered " + answers.size() + " of a batch of "
                        + batch.size());
            }
            for (int i = 0; i < batch.size(); i++) {
                answered.accept(batch.get(i), answers.get(i));
            }
        }
    }
}
