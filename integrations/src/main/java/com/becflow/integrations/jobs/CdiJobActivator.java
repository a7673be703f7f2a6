package com.becflow.integrations.jobs;

import jakarta.enterprise.inject.spi.CDI;
import org.jobrunr.server.JobActivator;

/** Job handlers are CDI beans, so they get the same injected services as everything else. */
public class CdiJobActivator implements JobActivator {

    @Override
    public <T> T activateJob(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
