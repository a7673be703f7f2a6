package com.becflow.integrations.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 in front of a real SMTP server (GreenMail), for tests. It passes everything through,
 * counts connections and mails, and reads just enough SMTP to play a mail server's refusals and a crash's timing:
 * <ul>
 * <li>a recipient in a {@link #reject rejected} domain gets {@code 550 5.1.1} at RCPT, one in a {@link #defer
 * deferring} domain {@code 451 4.3.0} for its first N tries (counted per address); the real server never sees those
 * RCPTs;</li>
 * <li>from the Nth mail on ({@link #holdFromMail}), the line that ends a mail's DATA is held back: the sender has
 * written the whole mail and waits for the reply, the real server has not got the mail yet. {@link #dropHeld}
 * then closes those sessions, and the real server drops the unfinished mails.</li>
 * </ul>
 */
public final class SmtpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final String upstreamHost;
    private final int upstreamPort;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger mailsEnded = new AtomicInteger();
    private final AtomicInteger mailsForwarded = new AtomicInteger();
    private final Map<String, Integer> deferringDomains = new ConcurrentHashMap<>();
    private final Set<String> rejectingDomains = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> deferred = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Session> held = ConcurrentHashMap.newKeySet();
    private volatile int holdFrom;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private volatile boolean closed;

    private SmtpProxy(ServerSocket listener, String upstreamHost, int upstreamPort) {
        this.listener = listener;
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
    }

    public static SmtpProxy start(String upstreamHost, int upstreamPort) {
        try {
            SmtpProxy proxy = new SmtpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstreamHost, upstreamPort);
            Thread accept = new Thread(proxy::acceptLoop, "smtp-proxy-accept");
            accept.setDaemon(true);
            accept.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Recipients at this domain are refused for good (550). */
    public SmtpProxy reject(String domain) {
        rejectingDomains.add(domain.toLowerCase(Locale.ROOT));
        return this;
    }

    /** Recipients at this domain are put off (451) the first {@code times} times each address is tried. */
    public SmtpProxy defer(String domain, int times) {
        deferringDomains.put(domain.toLowerCase(Locale.ROOT), times);
        return this;
    }

    /** Holds back the end of the {@code n}th mail (counted from the start) and of every mail after it. */
    public void holdFromMail(int n) {
        holdFrom = n;
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** Mails passed on whole to the real server. */
    public int mailsForwarded() {
        return mailsForwarded.get();
    }

    /** Sessions whose mail's end is being held back right now. */
    public int held() {
        return held.size();
    }

    /** Closes the held sessions without passing their mails' ends on, and stops holding. */
    public void dropHeld() {
        holdFrom = 0;
        CountDownLatch releasing = release;
        release = new CountDownLatch(1);
        releasing.countDown();
        for (Session session : held) {
            session.close();
        }
    }

    /** Closes every open session, as a server that drops idle connections does. */
    public void dropAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        dropHeld();
        dropAll();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                Socket server = new Socket(upstreamHost, upstreamPort);
                // Lines are passed on one write each: with Nagle's algorithm each mail waited for a delayed ACK (40 ms).
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Session session = new Session(client, server);
                open.add(client);
                open.add(server);
                Thread up = new Thread(session::clientToServer, "smtp-proxy-up-" + connections.get());
                Thread down = new Thread(session::serverToClient, "smtp-proxy-down-" + connections.get());
                up.setDaemon(true);
                down.setDaemon(true);
                up.start();
                down.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("SMTP proxy: " + e);
                }
            }
        }
    }

    private String refusal(String address) {
        String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (rejectingDomains.contains(domain)) {
            return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown (test proxy)";
        }
        Integer times = deferringDomains.get(domain);
        if (times != null && deferred.computeIfAbsent(address.toLowerCase(Locale.ROOT), a -> new AtomicInteger())
                .incrementAndGet() <= times) {
            return "451 4.3.0 <" + address + ">: Try again later (test proxy)";
        }
        return null;
    }

    private final class Session {

        private final Socket client;
        private final Socket server;
        private final OutputStream toClient;
        private final OutputStream toServer;
        private final BlockingQueue<Integer> dataReplies = new ArrayBlockingQueue<>(1);
        private volatile boolean awaitingDataReply;

        Session(Socket client, Socket server) throws IOException {
            this.client = client;
            this.server = server;
            this.toClient = client.getOutputStream();
            this.toServer = server.getOutputStream();
        }

        void clientToServer() {
            try (InputStream in = new BufferedInputStream(client.getInputStream())) {
                boolean inData = false;
                for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                    String text = new String(line, StandardCharsets.ISO_8859_1);
                    if (inData) {
                        if (text.equals(".\r\n") || text.equals(".\n")) {
                            inData = false;
                            int number = mailsEnded.incrementAndGet();
                            if (holdFrom > 0 && number >= holdFrom) {
                                held.add(this);
                                release.await(5, TimeUnit.MINUTES);
                                close();
                                return;
                            }
                            toServer.write(line);
                            toServer.flush();
                            mailsForwarded.incrementAndGet();
                        } else {
                            toServer.write(line);
                        }
                        continue;
                    }
                    String command = text.toUpperCase(Locale.ROOT);
                    if (command.startsWith("RCPT TO:")) {
                        String address = text.substring(text.indexOf('<') + 1, text.lastIndexOf('>'));
                        String refusal = refusal(address);
                        if (refusal != null) {
                            toClient(refusal + "\r\n");
                            continue;
                        }
                    }
                    if (command.startsWith("DATA")) {
                        awaitingDataReply = true;
                        toServer.write(line);
                        toServer.flush();
                        Integer reply = dataReplies.poll(30, TimeUnit.SECONDS);
                        inData = reply != null && reply == 354;
                        continue;
                    }
                    toServer.write(line);
                    toServer.flush();
                }
            } catch (IOException | InterruptedException e) {
                // a side closed: the session is over
            } finally {
                close();
            }
        }

        void serverToClient() {
            try (InputStream in = new BufferedInputStream(server.getInputStream())) {
                for (byte[] line = readLine(in); line != null; line = readLine(in)) {
                    // Decided before the client sees this reply: once it has, it may send DATA at once, and this
                    // reply (to the command before) must not be taken for DATA's.
                    boolean answersData = awaitingDataReply && line.length >= 4 && line[3] == ' ';
                    if (answersData) {
                        awaitingDataReply = false;
                    }
                    synchronized (toClient) {
                        toClient.write(line);
                        toClient.flush();
                    }
                    if (answersData) {
                        dataReplies.offer(Integer.parseInt(new String(line, 0, 3, StandardCharsets.ISO_8859_1)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a side closed: the session is over
            } finally {
                close();
            }
        }

        private void toClient(String reply) throws IOException {
            synchronized (toClient) {
                toClient.write(reply.getBytes(StandardCharsets.ISO_8859_1));
                toClient.flush();
            }
        }

        void close() {
            held.remove(this);
            closeQuietly(client);
            closeQuietly(server);
            open.remove(client);
            open.remove(server);
        }
    }

    /** One line with its line end, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
