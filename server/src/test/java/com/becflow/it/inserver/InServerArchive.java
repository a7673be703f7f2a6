package com.becflow.it.inserver;

import com.becflow.integrations.documents.PdfPages;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The workspace WAR as built, with every in-server test and the test libraries they need. Every in-server class
 * deploys this same archive, which com.becflow.it.OneDeploymentForAll deploys once for them all.
 */
final class InServerArchive {

    private InServerArchive() {
    }

    static WebArchive everyInServerTest() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("becflow.it.workspaceWar")))
                .addPackages(true, InServerArchive.class.getPackage())
                .addClass(PdfPages.class)
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
