package com.becflow.it;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One deployment of the workspace for every in-server test class instead of one each: Payara Micro starts anew for
 * each deployment, and six starts of the 100 MB application cost CI more than four minutes. Every class deploys
 * the same archive (InServerArchive.everyInServerTest()); the first one deploys it, the others find it
 * running. It goes when the run ends, or earlier when a test starts a server of its own
 * ({@link #undeployIfRunning()}): that server polls the same job tables, and the in-server application, whose clock
 * the scenarios moved, must not take its jobs.
 */
public final class OneDeploymentForAll implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(OneDeploymentForAll.class.getName());
    private static Shared running;

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Shared.class);
    }

    /** Stops the shared in-server application, if one runs; the next in-server class deploys it again. */
    public static synchronized void undeployIfRunning() {
        if (running != null) {
            running.undeploy();
        }
    }

    public static final class Shared {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        private DeploymentScenario deployed;

        public void generate(@Observes EventContext<GenerateDeployment> generating) {
            synchronized (OneDeploymentForAll.class) {
                if (deployed == null) {
                    generating.proceed();
                } else {
                    scenario.set(deployed);
                }
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> deploying) {
            synchronized (OneDeploymentForAll.class) {
                if (deployed == null) {
                    deploying.proceed();
                    deployed = scenario.get();
                    running = this;
                }
                // Keycloak started beside the boot; the tests sign people in from their first line.
                TestPlatform.awaitIdentity();
            }
        }

        public void keepForTheNextClass(@Observes EventContext<UnDeployManagedDeployments> undeploying) {
            // The deployment outlives its class; undeploy() ends it.
        }

        public void end(@Observes AfterSuite end) {
            undeployIfRunning();
        }

        void undeploy() {
            List<Deployment> deployments = deployed.deployedDeploymentsInUnDeployOrder();
            for (Deployment deployment : deployments) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                try {
                    container.getDeployableContainer().undeploy(deployment.getDescription().getTestableArchive());
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Could not undeploy " + deployment.getDescription().getName(), e);
                }
                deployment.undeployed();
            }
            deployed = null;
            running = null;
        }
    }
}
