package com.becflow.it.inserver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs test code inside a transaction of its own, as a use case would. */
@ApplicationScoped
public class InsideATransaction {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
