package com.becflow.it.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 over a plain socket, for what the JDK's client cannot do: speak from a chosen loopback address (as the
 * trusted proxy, or as anyone else), and keep sending a body after the server has answered.
 */
final class RawHttp {

    record Reply(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What became of a body sent in chunks: the answer, and how much of the body had gone out by then. */
    record Streamed(Reply reply, long bytesSent, boolean serverClosedFirst) {
    }

    private RawHttp() {
    }

    /** One request from {@code fromAddress} (a loopback address) with a body of known length, or none. */
    static Reply send(String fromAddress, int port, String method, String path, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket socket = connect(fromAddress, port)) {
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Sends {@code total} bytes in chunks of 64 KiB (made on the fly, never held) with no Content-Length, the way a
     * client that streams does, and stops as soon as the server has answered or closed the connection. The answer
     * is read on another thread from the first byte, so it is never lost to a reset caused by our writing on.
     */
    static Streamed streamChunked(int port, String path, String contentType, long total) throws Exception {
        return streamChunked(port, path, contentType, new byte[0], (byte) 0, total);
    }

    /** The same, the body starting with {@code prefix} and going on with {@code filler}: a JSON string that never ends. */
    static Streamed streamChunked(int port, String path, String contentType, byte[] prefix, byte filler, long total)
            throws Exception {
        try (Socket socket = connect("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return read(socket.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException("No answer: " + e, e);
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + contentType
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, filler);
            byte[] first = chunk.clone();
            System.arraycopy(prefix, 0, first, 0, prefix.length);
            byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            long sent = 0;
            boolean closedFirst = false;
            try {
                while (sent < total && !answer.isDone()) {
                    out.write(chunkHead);
                    out.write(sent == 0 ? first : chunk);
                    out.write(crlf);
                    sent += chunk.length;
                }
                if (!answer.isDone()) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException closed) {
                closedFirst = true;
            }
            return new Streamed(answer.get(60, TimeUnit.SECONDS), sent, closedFirst);
        }
    }

    private static Socket connect(String fromAddress, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(fromAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    /** A response: status line, headers, and a body by Content-Length, in chunks, or up to the end of the stream. */
    private static Reply read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("The server closed the connection without an answer");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else {
            body.write(in.readAllBytes());
        }
        return new Reply(Integer.parseInt(status.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
