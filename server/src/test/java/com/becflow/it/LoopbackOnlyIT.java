package com.becflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every server a run starts listens on 127.0.0.1 only, checked in the kernel's socket tables. */
class LoopbackOnlyIT {

    @Test
    void theServerItsJobDashboardAndTheLocalServicesListenOnLoopbackOnly() throws Exception {
        Map<String, String> settings = RunningServer.settings();
        int http = RunningServer.port();
        int dashboard = RunningServer.dashboardPort();
        int keycloak = URI.create(settings.get("OIDC_ISSUER")).getPort();
        int postgres = URI.create(settings.get("DB_URL").substring("jdbc:".length())).getPort();
        int smtp = Integer.parseInt(settings.get("SMTP_PORT"));
        int imap = Integer.parseInt(settings.get("BECFLOW_LOCAL_IMAP_PORT"));
        int greenMailSmtp = TestPlatform.greenMailSmtpPort();

        for (int port : new int[] {http, dashboard, keycloak, postgres, smtp, imap, greenMailSmtp}) {
            assertThat(ListeningSockets.listeningOn(port)).as("listeners on port " + port).isNotEmpty();
            assertThat(ListeningSockets.loopbackOnly(port)).as("port " + port + " listens only on loopback: "
                    + ListeningSockets.listeningOn(port)).isTrue();
        }
        assertThat(ListeningSockets.listeningOn(6900)).as("no Hazelcast cluster port").isEmpty();

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + dashboard + "/dashboard/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the job dashboard's page").isEqualTo(200);
        HttpResponse<String> problems = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + dashboard + "/api/problems")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problems.statusCode()).as("the job dashboard's API: " + problems.body()).isEqualTo(200);
    }
}
