package com.becflow.shared.time;

/** Someone tried to move the clock of a server that keeps real time. */
public class ClockNotMovable extends IllegalStateException {

    public ClockNotMovable() {
        super("This server keeps real time; only a server started with BECFLOW_CLOCK_MOVABLE=true (the local mode,"
                + " the tests) lets time pass");
    }
}
