package com.becflow.it.inserver;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The workspace WAR as built, with the test libraries an in-server test needs; each test adds its own classes. */
final class InServerArchive {

    private InServerArchive() {
    }

    static WebArchive workspace() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("becflow.it.workspaceWar")))
                .addClasses(InServerArchive.class, InServerFixtures.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class), jarOf(net.bytebuddy.ByteBuddy.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
