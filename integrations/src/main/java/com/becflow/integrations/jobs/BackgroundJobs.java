package com.becflow.integrations.jobs;

import com.becflow.db.BecflowDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jobrunr.configuration.JobRunr;
import org.jobrunr.configuration.JobRunrConfiguration.JobRunrConfigurationResult;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;

/**
 * JobRunr on the platform's PostgreSQL (its tables live in schema {@code public}). Started once by the
 * workspace application; other applications only enqueue.
 */
@ApplicationScoped
public class BackgroundJobs {

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "BECFLOW_JOB_WORKERS", defaultValue = "4")
    int workers;

    @Inject
    @ConfigProperty(name = "BECFLOW_JOB_POLL_SECONDS", defaultValue = "5")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "BECFLOW_JOB_DASHBOARD_PORT")
    java.util.Optional<Integer> dashboardPort;

    private JobRunrConfigurationResult jobRunr;
    private StorageProvider storage;
    private JobDashboard dashboard;

    public synchronized void start() {
        if (jobRunr != null) {
            return;
        }
        // JobRunr's threads take the starting thread's context class loader. During deployment Payara's is one it closes
        // afterwards, and a class first loaded in a job then fails for good ("zip file closed"): give them the app's own.
        Thread starting = Thread.currentThread();
        ClassLoader before = starting.getContextClassLoader();
        starting.setContextClassLoader(BackgroundJobs.class.getClassLoader());
        try {
            storage = new PostgresStorageProvider(dataSource);
            JacksonJsonMapper json = new JacksonJsonMapper();
            jobRunr = JobRunr.configure()
                    .useJsonMapper(json)
                    .useJobActivator(new CdiJobActivator())
                    .useStorageProvider(storage)
                    .useBackgroundJobServer(BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                            .andWorkerCount(workers)
                            .andPollIntervalInSeconds(pollSeconds))
                    .initialize();
            dashboardPort.ifPresent(port -> dashboard = JobDashboard.start(storage, json, port));
        } finally {
            starting.setContextClassLoader(before);
        }
    }

    public JobId enqueue(JobRequest job) {
        return scheduler().enqueue(job);
    }

    public JobId enqueue(UUID id, JobRequest job) {
        return scheduler().enqueue(id, job);
    }

    /** Runs a job once, at {@code at} or as soon after as a worker is free. */
    public JobId schedule(java.time.Instant at, JobRequest job) {
        return scheduler().schedule(at, job);
    }

    /** Runs a job every {@code interval}; scheduling the same id again replaces the earlier schedule. */
    public String recurring(String id, java.time.Duration interval, JobRequest job) {
        return scheduler().scheduleRecurrently(id, interval, job);
    }

    /** Where jobs and their states are kept: for operators' views and tests that wait on a job. */
    public StorageProvider storage() {
        scheduler();
        return storage;
    }

    private JobRequestScheduler scheduler() {
        if (jobRunr == null) {
            throw new IllegalStateException("Background jobs are not started");
        }
        return jobRunr.getJobRequestScheduler();
    }

    @PreDestroy
    synchronized void stop() {
        if (dashboard != null) {
            dashboard.close();
            dashboard = null;
        }
        if (jobRunr != null) {
            JobRunr.destroy();
            jobRunr = null;
            storage = null;
        }
    }
}
