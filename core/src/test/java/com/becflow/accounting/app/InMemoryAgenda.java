package com.becflow.accounting.app;

import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agenda in memory: one moment per tenant and topic, the earlier kept on {@link #expect}. */
final class InMemoryAgenda implements Agenda {

    final Map<String, AgendaEntry> entries = new LinkedHashMap<>();

    @Override
    public void expect(TenantId tenant, AgendaTopic topic, Instant at) {
        entries.merge(tenant + ":" + topic, new AgendaEntry(tenant, topic, at),
                (was, now) -> was.dueAt().isBefore(now.dueAt()) ? was : now);
    }

    @Override
    public List<AgendaEntry> due(Instant now, int limit) {
        return entries.values().stream().filter(e -> !e.dueAt().isAfter(now))
                .sorted(Comparator.comparing(AgendaEntry::dueAt)).limit(limit).toList();
    }

    @Override
    public boolean lock(TenantId tenant, AgendaTopic topic) {
        return entries.containsKey(tenant + ":" + topic);
    }

    @Override
    public void reschedule(TenantId tenant, AgendaTopic topic, Optional<Instant> next) {
        entries.remove(tenant + ":" + topic);
        next.ifPresent(at -> expect(tenant, topic, at));
    }

    @Override
    public void postpone(TenantId tenant, Instant until) {
        throw new UnsupportedOperationException("the books do not postpone");
    }

    @Override
    public void bringForward(TenantId tenant, Instant now) {
        throw new UnsupportedOperationException("the books do not bring forward");
    }

    @Override
    public List<AgendaEntry> of(TenantId tenant) {
        return new ArrayList<>(entries.values().stream().filter(e -> e.tenant().equals(tenant)).toList());
    }
}
