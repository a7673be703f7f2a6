package com.becflow.api.reminders;

import com.becflow.reminders.ClientReminders;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's own reminders: none at all, a policy of their own, or (both left out) the workspace's policy. */
public class ClientRemindersJson {

    @Schema(description = "True: this client gets no reminders")
    public Boolean off;
    /** The client's own policy instead of the workspace's. */
    public ReminderPolicyJson policy;
    @Schema(readOnly = true, description = "Whether the workspace's policy applies")
    public boolean followsWorkspace;

    static ClientRemindersJson from(ClientReminders reminders) {
        ClientRemindersJson json = new ClientRemindersJson();
        json.followsWorkspace = reminders == null;
        json.off = reminders != null && reminders.off();
        json.policy = reminders == null ? null : ReminderPolicyJson.from(reminders.policy());
        return json;
    }

    ClientReminders toReminders() {
        boolean none = Boolean.TRUE.equals(off);
        if (!none && policy == null) {
            return null;
        }
        return new ClientReminders(policy == null ? null : policy.toPolicy(), none);
    }
}
