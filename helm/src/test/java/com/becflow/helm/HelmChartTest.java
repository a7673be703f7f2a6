package com.becflow.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints and renders the Becflow chart with helm-java (Helm 3 as a native library, no helm binary needed).
 * The rendered YAML is checked with plain string and regex matching, one document at a time.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HelmChartTest {

    private static final String RELEASE = "prod";
    private static final String FULLNAME = "prod-becflow";
    private static final String DB_URL = "jdbc:postgresql://postgres.data:5432/becflow";
    /** As in required-values.yaml. */
    private static final String SECRET_KEY = "q2VbXc0uF4M4b3t3Wl3JtX9yQ1Yk0rTqVnHdS6uJx5A=";

    private static final Path CHART = chartDir();

    @Test
    void the_chart_as_shipped_passes_strict_lint() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void the_chart_with_the_required_values_filled_in_passes_strict_lint(@TempDir Path tmp) throws IOException {
        // helm-java's lint takes no values, so lint a copy whose values.yaml carries the required ones.
        Path chart = copyChart(tmp.resolve("becflow"));
        Path values = chart.resolve("values.yaml");
        String text = Files.readString(values);
        text = replaceOnce(text, "publicUrl: \"\"", "publicUrl: https://app.example.com");
        text = replaceOnce(text, "  url: \"\"", "  url: " + DB_URL);
        text = replaceOnce(text, "  issuer: \"\"", "  issuer: https://id.example.com/realms/becflow");
        text = replaceOnce(text, "  host: \"\"", "  host: smtp.example.com");
        text = replaceOnce(text, "\nsecretKey: \"\"", "\nsecretKey: " + SECRET_KEY);
        Files.writeString(values, text);

        LintResult result = new Helm(chart).lint().strict().call();

        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    }

    @Test
    void the_deployment_passes_the_database_url_as_DB_URL() {
        String deployment = document(render(), "Deployment");

        assertThat(env(deployment, "DB_URL")).contains("value: \"" + DB_URL + "\"");
        assertThat(env(deployment, "DB_USER")).contains("value: \"becflow\"");
        assertThat(env(deployment, "OIDC_ISSUER")).contains("value: \"https://id.example.com/realms/becflow\"");
        assertThat(env(deployment, "OIDC_CLIENT_ID")).contains("value: \"becflow-workspace\"");
        assertThat(env(deployment, "OIDC_ADMIN_CLIENT_ID")).contains("value: \"becflow-provisioner\"");
        assertThat(env(deployment, "SMTP_HOST")).contains("value: \"smtp.example.com\"");
        assertThat(env(deployment, "SMTP_PORT")).contains("value: \"587\"");
        assertThat(env(deployment, "SMTP_STARTTLS")).contains("value: \"true\"");
        assertThat(env(deployment, "BECFLOW_PUBLIC_URL")).contains("value: \"https://app.example.com\"");
        assertThat(env(deployment, "BECFLOW_HTTP_PORT")).contains("value: \"8080\"");
        assertThat(env(deployment, "BECFLOW_HTTP_ADDRESS")).contains("value: \"0.0.0.0\"");
        assertThat(env(deployment, "JAVA_TOOL_OPTIONS")).contains("value: \"-XX:MaxRAMPercentage=75\"");
    }

    @Test
    void the_deployment_probes_the_health_endpoints() {
        String deployment = document(render(), "Deployment");

        assertThat(block(deployment, "livenessProbe")).containsPattern("httpGet:\\s+path: /health/live\\s+port: http");
        assertThat(block(deployment, "readinessProbe")).containsPattern("httpGet:\\s+path: /health/ready\\s+port: http");
        String startup = block(deployment, "startupProbe");
        assertThat(startup).containsPattern("httpGet:\\s+path: /health/(started|ready)\\s+port: http");
        int startupBudgetSeconds = intField(startup, "failureThreshold") * intField(startup, "periodSeconds");
        assertThat(startupBudgetSeconds).as("Payara Micro needs 20-40 s to start").isGreaterThanOrEqualTo(120);
    }

    @Test
    void the_deployment_reads_the_secrets_from_the_charts_secret() {
        String manifests = render();
        String deployment = document(manifests, "Deployment");
        String secret = document(manifests, "Secret");

        for (String key : List.of("DB_PASSWORD", "OIDC_CLIENT_SECRET", "OIDC_ADMIN_CLIENT_SECRET", "BECFLOW_SECRET_KEY",
                "SMTP_PASSWORD")) {
            assertThat(env(deployment, key)).containsPattern(
                    "secretKeyRef:\\s+name: " + FULLNAME + "\\s+key: " + key);
            assertThat(secret).contains("  " + key + ": ");
        }
        for (String key : List.of("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET")) {
            assertThat(env(deployment, key)).as("Stripe is optional").containsPattern(
                    "secretKeyRef:\\s+name: " + FULLNAME + "\\s+key: " + key + "\\s+optional: true");
            assertThat(secret).as("no empty Stripe key in the Secret").doesNotContain(key);
        }
        assertThat(env(deployment, "STRIPE_TIMEOUT_MILLIS")).contains("value: \"10000\"");
        assertThat(secret).contains("name: " + FULLNAME);
        assertThat(secret).contains("DB_PASSWORD: \"ZGItc2VjcmV0\""); // base64("db-secret")
        assertThat(deployment).doesNotContain("db-secret");
        assertThat(secret).contains("BECFLOW_SECRET_KEY: \"" + java.util.Base64.getEncoder().encodeToString(
                SECRET_KEY.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + "\"");
        assertThat(deployment).doesNotContain(SECRET_KEY);
    }

    @Test
    void the_server_believes_forwarded_headers_only_from_the_private_ranges_an_ingress_lives_in_and_caps_bodies() {
        String deployment = document(render(), "Deployment");
        assertThat(env(deployment, "BECFLOW_TRUSTED_PROXIES"))
                .contains("value: \"10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7\"");
        assertThat(env(deployment, "BECFLOW_MAX_REQUEST_BYTES")).contains("value: \"10485760\"");

        String narrowed = document(render(t -> t.set("trustedProxies", "10.42.0.0/16")), "Deployment");
        assertThat(env(narrowed, "BECFLOW_TRUSTED_PROXIES")).contains("value: \"10.42.0.0/16\"");
        assertThatThrownBy(() -> render(t -> t.set("trustedProxies", "ingress.local")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("trustedProxies");
    }

    @Test
    void a_secret_key_that_is_not_base64_of_32_bytes_is_rejected_by_the_schema() {
        assertThatThrownBy(() -> render(t -> t.set("secretKey", "too-short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secretKey");
    }

    @Test
    void with_an_existing_secret_the_secret_key_is_read_from_it_and_need_not_be_given() {
        String deployment = document(render(t -> t.set("existingSecret", "becflow-credentials").set("secretKey", "")),
                "Deployment");

        assertThat(env(deployment, "BECFLOW_SECRET_KEY"))
                .containsPattern("secretKeyRef:\\s+name: becflow-credentials\\s+key: BECFLOW_SECRET_KEY");
    }

    @Test
    void the_deployment_requests_and_limits_the_configured_resources() {
        String defaults = document(render(), "Deployment");
        assertThat(defaults).containsPattern(
                "resources:\\s+limits:\\s+cpu: \"2\"\\s+memory: 2Gi\\s+requests:\\s+cpu: 500m\\s+memory: 1Gi");

        String tuned = document(render(t -> t.set("resources.limits.memory", "3Gi")), "Deployment");
        assertThat(tuned).containsPattern("limits:\\s+cpu: \"2\"\\s+memory: 3Gi");
    }

    @Test
    void stripe_keys_given_to_the_chart_land_in_its_secret() {
        String secret = document(render(t -> t.set("stripe.secretKey", "sk_live_x").set("stripe.webhookSecret", "whsec_y")),
                "Secret");

        assertThat(secret).contains("STRIPE_SECRET_KEY: \"c2tfbGl2ZV94\""); // base64("sk_live_x")
        assertThat(secret).contains("STRIPE_WEBHOOK_SECRET: \"d2hzZWNfeQ==\""); // base64("whsec_y")
    }

    @Test
    void the_container_runs_as_non_root_without_capabilities() {
        String deployment = document(render(), "Deployment");

        assertThat(deployment).containsPattern("capabilities:\\s+drop:\\s+- ALL");
        assertThat(deployment).contains("runAsNonRoot: true");
        assertThat(deployment).contains("image: \"becflow/becflow-server:0.1.0\"");
        assertThat(deployment).contains("replicas: 1");
    }

    @Test
    void rendering_without_db_url_fails_naming_db_url() {
        TemplateCommand withoutDbUrl = new Helm(CHART).template().withName(RELEASE)
                .set("publicUrl", "https://app.example.com")
                .set("oidc.issuer", "https://id.example.com/realms/becflow")
                .set("smtp.host", "smtp.example.com")
                .set("secretKey", SECRET_KEY);

        assertThatThrownBy(withoutDbUrl::call)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("db.url is required");
    }

    @Test
    void rendering_without_any_required_value_fails_naming_it() {
        for (String key : List.of("publicUrl", "oidc.issuer", "smtp.host", "secretKey")) {
            assertThatThrownBy(() -> render(t -> t.set(key, "")))
                    .as(key)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(key + " is required");
        }
    }

    @Test
    void a_replica_count_that_is_not_a_number_is_rejected_by_the_schema() {
        assertThatThrownBy(() -> render(t -> t.set("replicaCount", "two")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("replicaCount");
    }

    @Test
    void with_an_existing_secret_no_secret_is_rendered_and_the_deployment_uses_it() {
        String manifests = render(t -> t.set("existingSecret", "becflow-credentials"));

        assertThat(kinds(manifests)).doesNotContain("Secret").contains("Deployment");
        String deployment = document(manifests, "Deployment");
        assertThat(env(deployment, "DB_PASSWORD"))
                .containsPattern("secretKeyRef:\\s+name: becflow-credentials\\s+key: DB_PASSWORD");
        assertThat(env(deployment, "OIDC_ADMIN_CLIENT_SECRET"))
                .containsPattern("secretKeyRef:\\s+name: becflow-credentials\\s+key: OIDC_ADMIN_CLIENT_SECRET");
        assertThat(deployment).doesNotContain("name: " + FULLNAME + "\n                  key:");
    }

    @Test
    void by_default_no_ingress_is_rendered() {
        assertThat(kinds(render())).doesNotContain("Ingress").contains("Service", "ServiceAccount", "Secret");
    }

    @Test
    void with_ingress_enabled_an_ingress_for_the_given_host_is_rendered() {
        String manifests = render(t -> t
                .set("ingress.enabled", "true")
                .set("ingress.className", "nginx")
                .set("ingress.hosts[0].host", "becflow.example.org")
                .set("ingress.hosts[0].paths[0].path", "/")
                .set("ingress.hosts[0].paths[0].pathType", "Prefix"));

        String ingress = document(manifests, "Ingress");
        assertThat(ingress).contains("host: \"becflow.example.org\"");
        assertThat(ingress).contains("ingressClassName: nginx");
        assertThat(ingress).containsPattern("service:\\s+name: " + FULLNAME + "\\s+port:\\s+number: 8080");
    }

    @Test
    void with_ingress_enabled_and_no_hosts_the_host_comes_from_the_public_url() {
        String ingress = document(render(t -> t.set("ingress.enabled", "true")), "Ingress");

        assertThat(ingress).contains("host: \"app.example.com\"");
    }

    @Test
    void the_service_exposes_port_8080_to_the_http_container_port() {
        String service = document(render(), "Service");

        assertThat(service).containsPattern("port: 8080\\s+targetPort: http");
        assertThat(service).contains("app.kubernetes.io/instance: " + RELEASE);
    }

    // --- helpers -------------------------------------------------------------------------------

    private static String render() {
        return render(t -> t);
    }

    private static String render(java.util.function.UnaryOperator<TemplateCommand> customize) {
        TemplateCommand template = new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace("becflow")
                .withValuesFile(requiredValues());
        return customize.apply(template).call();
    }

    /** The one rendered document of the given kind; fails if there is none or more than one. */
    private static String document(String manifests, String kind) {
        List<String> matching = documents(manifests)
                .filter(d -> kindOf(d).filter(kind::equals).isPresent())
                .toList();
        assertThat(matching).as("documents of kind %s in:%n%s", kind, manifests).hasSize(1);
        return matching.get(0);
    }

    private static List<String> kinds(String manifests) {
        return documents(manifests).map(HelmChartTest::kindOf).flatMap(Optional::stream).toList();
    }

    private static Stream<String> documents(String manifests) {
        return Arrays.stream(manifests.split("(?m)^---\\s*$")).filter(d -> !d.isBlank());
    }

    private static Optional<String> kindOf(String document) {
        Matcher m = Pattern.compile("(?m)^kind: (\\S+)\\s*$").matcher(document);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The entry {@code - name: <name>} of a list, with all its more-indented lines. */
    private static String env(String deployment, String name) {
        Matcher m = Pattern.compile("(?m)^( *)- name: " + Pattern.quote(name) + "\\n((?:\\1  .*\\n?)*)")
                .matcher(deployment);
        assertThat(m.find()).as("env %s in:%n%s", name, deployment).isTrue();
        return m.group(2);
    }

    /** The lines indented under {@code key:} (the first occurrence). */
    private static String block(String document, String key) {
        Matcher m = Pattern.compile("(?m)^( *)" + Pattern.quote(key) + ":\\n((?:\\1  .*\\n?)*)").matcher(document);
        assertThat(m.find()).as("%s in:%n%s", key, document).isTrue();
        return m.group(2);
    }

    private static int intField(String block, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + ": (\\d+)\\s*$").matcher(block);
        assertThat(m.find()).as("%s in:%n%s", key, block).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text.split(Pattern.quote(target), -1)).as("occurrences of '%s'", target).hasSize(2);
        return text.replace(target, replacement);
    }

    private static Path copyChart(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(CHART)) {
            files.forEach(source -> {
                Path dest = target.resolve(CHART.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    private static Path requiredValues() {
        try {
            return Paths.get(HelmChartTest.class.getResource("/required-values.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path chartDir() {
        String configured = System.getProperty("becflow.chart.dir");
        Path dir = configured != null ? Paths.get(configured) : Paths.get("chart", "becflow");
        Path chart = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
            throw new IllegalStateException("No Chart.yaml in " + chart + " (set -Dbecflow.chart.dir)");
        }
        return chart;
    }
}
