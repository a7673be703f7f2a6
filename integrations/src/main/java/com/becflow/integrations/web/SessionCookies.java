package com.becflow.integrations.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is never readable by scripts, and is {@code Secure} whenever browsers reach Becflow over
 * TLS: that is, when {@code BECFLOW_PUBLIC_URL} is an {@code https://} address, whether TLS ends at Payara or at an
 * ingress in front of it (where the container itself only ever sees plain HTTP, and would otherwise leave the flag
 * off). The local {@code http://127.0.0.1} mode keeps a cookie the browser will send over plain HTTP.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        if (servedOverTls(ConfigProvider.getConfig().getOptionalValue("BECFLOW_PUBLIC_URL", String.class).orElse(""))) {
            cookie.setSecure(true);
        }
    }

    static boolean servedOverTls(String publicUrl) {
        return publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
