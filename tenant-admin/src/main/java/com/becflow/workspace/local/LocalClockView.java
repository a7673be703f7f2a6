package com.becflow.workspace.local;

import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.platform.jobs.PaymentHousekeeping;
import com.becflow.shared.time.ServerClock;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Only where the server's clock can be moved (the local mode): lets a day, a week or a month pass, so that due dates,
 * overdue invoices and expiring links can be seen at work without waiting. The housekeeping round runs at once
 * after each step. "Back to real time" does what a restart of the server would: what was done while the clock was
 * ahead keeps its days, which now lie in the future.
 */
@Route(value = "local/clock", layout = WorkspaceLayout.class)
@PageTitle("Clock | Becflow")
public class LocalClockView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private final ServerClock clock;
    private final BackgroundJobs jobs;
    private final WorkspaceTenant tenant;
    private final Paragraph now = new Paragraph();
    private final Button realTime = new Button("Back to real time", e -> backToRealTime());

    @Inject
    public LocalClockView(ServerClock clock, BackgroundJobs jobs, WorkspaceTenant tenant) {
        this.clock = clock;
        this.jobs = jobs;
        this.tenant = tenant;
        now.setId("clock-now");
        HorizontalLayout steps = new HorizontalLayout(step("Let a day pass", "clock-day", Duration.ofDays(1)),
                step("Let a week pass", "clock-week", Duration.ofDays(7)),
                step("Let 31 days pass", "clock-month", Duration.ofDays(31)), realTime);
        realTime.setId("clock-real-time");
        add(new H2("Clock"), new Paragraph("This server runs locally, so its clock can be moved forward to see what time "
                + "does: invoices falling overdue, links expiring, the housekeeping round at work. Everything on this "
                + "server moves together. Going back to real time, here or by restarting the server, leaves what "
                + "happened meanwhile dated in the future."), now, steps);
        show();
    }

    /** Whether the workspace offers this page: only on a server whose clock can be moved. */
    public static boolean offeredBy(Clock clock) {
        return clock instanceof ServerClock server && server.isMovable();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!clock.isMovable()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private Button step(String label, String id, Duration duration) {
        Button button = new Button(label, e -> {
            clock.advance(duration);
            jobs.enqueue(new PaymentHousekeeping());
            show();
            Notices.success(duration.toDays() + (duration.toDays() == 1 ? " day" : " days") + " passed; housekeeping runs now");
        });
        button.setId(id);
        return button;
    }

    private void backToRealTime() {
        clock.returnToRealTime();
        show();
        Notices.success("Back to real time; what happened while the clock was ahead keeps its days");
    }

    private void show() {
        ZoneId zone = zone();
        Duration ahead = clock.offset();
        realTime.setEnabled(!ahead.isZero());
        now.setText("It is " + SHOWN.format(clock.instant().atZone(zone)) + " (" + zone.getId() + ")"
                + (ahead.isZero() ? ", real time." : ", " + ahead.toDays() + " days and " + ahead.toHoursPart()
                + " hours ahead of real time."));
    }

    /** The signed-in freelancer's zone; UTC for an operator, who has no tenant. */
    private ZoneId zone() {
        try {
            return tenant.get().zone();
        } catch (RuntimeException noTenant) {
            return ZoneOffset.UTC;
        }
    }
}
