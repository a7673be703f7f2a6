package com.becflow.workspace.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this server was started by the local launcher with its own GreenMail; only then does the
 * workspace offer a mailbox page that shows what Becflow sent.
 */
@ApplicationScoped
public class LocalMode {

    @Inject
    @ConfigProperty(name = "BECFLOW_LOCAL_IMAP_PORT")
    Optional<Integer> imapPort;

    @Inject
    @ConfigProperty(name = "SMTP_HOST", defaultValue = "127.0.0.1")
    String host;

    public boolean enabled() {
        return imapPort.isPresent();
    }

    public int imapPort() {
        return imapPort.orElseThrow();
    }

    public String host() {
        return host;
    }
}
