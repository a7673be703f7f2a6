package com.becflow.it.api;

import com.sun.tools.attach.VirtualMachine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The heap of the running server's JVM, read through its own platform MXBeans (the JDK's attach API starts its
 * local JMX agent; nothing is added to the server for this). What counts is the old generation's peak: any large
 * array a request makes (a body read whole, a picture decoded) lands there directly, and the peak since the last
 * {@link #resetPeaks()} records it even after it became garbage, however soon a collection runs.
 */
public final class ServerHeap implements AutoCloseable {

    private final JMXConnector connector;
    private final List<MemoryPoolMXBean> oldGeneration;

    private ServerHeap(JMXConnector connector, List<MemoryPoolMXBean> oldGeneration) {
        this.connector = connector;
        this.oldGeneration = oldGeneration;
    }

    public static ServerHeap of(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        MBeanServerConnection server = connector.getMBeanServerConnection();
        List<MemoryPoolMXBean> old = server.queryNames(new ObjectName(ManagementFactory.MEMORY_POOL_MXBEAN_DOMAIN_TYPE + ",*"), null)
                .stream()
                .map(name -> proxy(server, name))
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> {
                    String n = pool.getName().toLowerCase(Locale.ROOT);
                    return !n.contains("eden") && !n.contains("survivor") && !n.contains("nursery");
                })
                .toList();
        if (old.isEmpty()) {
            connector.close();
            throw new IllegalStateException("The server's JVM shows no old-generation heap pool");
        }
        return new ServerHeap(connector, old);
    }

    private static MemoryPoolMXBean proxy(MBeanServerConnection server, ObjectName name) {
        try {
            return ManagementFactory.newPlatformMXBeanProxy(server, name.toString(), MemoryPoolMXBean.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void resetPeaks() {
        oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Bytes used in the old generation now. */
    long oldUsed() {
        return oldGeneration.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** The most the old generation held since the peaks were reset. */
    long oldPeak() {
        return oldGeneration.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /**
     * Bytes the whole heap holds once a full collection (the server's own {@code System.gc()}, run twice so that what
     * the first one finalised goes too) has left only what is reachable.
     */
    public long liveAfterFullCollection() throws Exception {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    String describe() {
        return oldGeneration.stream().map(MemoryPoolMXBean::getName).toList().toString();
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
