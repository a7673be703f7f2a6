package com.becflow.workspace.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.platform.jobs.PaymentHousekeeping;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.lambdas.JobRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local clock page without a browser: each step lets time pass and starts a housekeeping round; going back to real
 * time is offered while the clock is ahead.
 */
class LocalClockViewTest {

    private final UI ui = new UI();
    private final ServerClock clock = ServerClock.movable();
    private final List<JobRequest> enqueued = new ArrayList<>();

    @BeforeEach
    void setUp() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void backToRealTime() {
        clock.returnToRealTime();
        UI.setCurrent(null);
    }

    @Test
    void aWeekPassesAndTheHousekeepingRoundIsStarted() {
        LocalClockView view = new LocalClockView(clock, jobs(), tenantIn("Europe/Berlin"));

        click(view, "clock-week");

        assertThat(clock.offset()).isEqualTo(Duration.ofDays(7));
        assertThat(enqueued).singleElement().isInstanceOf(PaymentHousekeeping.class);
        assertThat(find(view, "clock-now").getElement().getText()).contains("(Europe/Berlin)")
                .endsWith("7 days and 0 hours ahead of real time.");
    }

    @Test
    void backToRealTimeIsOfferedOnlyWhileTheClockIsAheadAndEndsTheOffset() {
        LocalClockView view = new LocalClockView(clock, jobs(), tenantIn("Europe/Berlin"));
        assertThat(find(view, "clock-real-time").getElement().isEnabled()).as("at real time already").isFalse();

        click(view, "clock-day");
        assertThat(find(view, "clock-real-time").getElement().isEnabled()).isTrue();
        click(view, "clock-real-time");

        assertThat(clock.offset()).isEqualTo(Duration.ZERO);
        assertThat(find(view, "clock-now").getElement().getText()).endsWith(", real time.");
        assertThat(find(view, "clock-real-time").getElement().isEnabled()).isFalse();
        assertThat(enqueued).as("only the day's step started a round").hasSize(1);
    }

    @Test
    void onlyAMovableClockIsOfferedInTheWorkspace() {
        assertThat(LocalClockView.offeredBy(clock)).isTrue();
        assertThat(LocalClockView.offeredBy(ServerClock.fixed())).isFalse();
        assertThat(LocalClockView.offeredBy(java.time.Clock.systemUTC())).isFalse();
    }

    private BackgroundJobs jobs() {
        return new BackgroundJobs() {
            @Override
            public JobId enqueue(JobRequest job) {
                enqueued.add(job);
                return new JobId(java.util.UUID.randomUUID());
            }
        };
    }

    private static WorkspaceTenant tenantIn(String zone) {
        TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("u-1"), ZoneId.of(zone),
                Currency.getInstance("EUR"), TenantAccess.FULL);
        return new WorkspaceTenant() {
            @Override
            public TenantContext get() {
                return ctx;
            }
        };
    }

    private static void click(Component root, String id) {
        ((Button) find(root, id)).click();
    }

    private static Component find(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(LocalClockViewTest::descendants));
    }
}
