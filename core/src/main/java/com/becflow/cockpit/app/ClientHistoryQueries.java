package com.becflow.cockpit.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.cockpit.ClientActivity;
import com.becflow.cockpit.CockpitFigures;
import com.becflow.cockpit.PaymentRecord;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** One client's page: how they have paid, and everything that happened with them, newest first. */
@ApplicationScoped
@Transactional
public class ClientHistoryQueries {

    /** How many timeline entries the page shows. */
    public static final int TIMELINE_LENGTH = 100;

    private final CockpitFigures figures;
    private final ClientService clients;
    private final Clock clock;

    @Inject
    public ClientHistoryQueries(CockpitFigures figures, ClientService clients, Clock clock) {
        this.figures = figures;
        this.clients = clients;
        this.clock = clock;
    }

    protected ClientHistoryQueries() {
        this(null, null, null);
    }

    public record ClientHistory(Client client, PaymentRecord record, List<ClientActivity> timeline) {
    }

    /** @throws com.becflow.clients.ClientNotFound for a client this tenant does not have */
    public ClientHistory read(ClientId id, TenantContext ctx) {
        Client client = clients.get(id, ctx);
        return new ClientHistory(client, figures.paymentRecord(ctx.tenant(), id, client.today(clock)),
                figures.activity(ctx.tenant(), id, TIMELINE_LENGTH));
    }
}
