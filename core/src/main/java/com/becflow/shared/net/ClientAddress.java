package com.becflow.shared.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a request came from, when it may have passed through proxies: the one resolver every part of Becflow that
 * keeps or limits by client address uses (signature evidence, rate limits).
 *
 * <p>Only the proxies configured as trusted ({@code BECFLOW_TRUSTED_PROXIES}: addresses and CIDR ranges, IPv4 or
 * IPv6, separated by commas or spaces) are believed. A request whose peer is not one of them is taken at its peer's
 * address, whatever {@code X-Forwarded-For} it carries: anyone can send that header. From a trusted peer,
 * {@code X-Forwarded-For} is read from the right (the entry the nearest proxy added) leftwards, skipping trusted
 * proxies; the first address that is not a trusted proxy is the client. An entry that is not an IP address stops
 * the walk at the last trusted hop, so a forged or garbled entry never becomes "the client".
 *
 * <p>Likewise, a request counts as having arrived over TLS when it did so directly, or when a trusted peer says so
 * in {@code X-Forwarded-Proto} (its rightmost value).
 *
 * <p>Pure Java on purpose: the servlet side lives in the web layer ({@code ClientAddresses} in integrations).
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Believes no proxy: every request is its peer's. */
    public static ClientAddress trustingNone() {
        return new ClientAddress(List.of());
    }

    /**
     * Believes the proxies listed, e.g. {@code "10.0.0.0/8, 192.168.1.7, fd00::/8"}; null or blank: none.
     *
     * @throws IllegalArgumentException for an entry that is not an IP address or CIDR range (named in the message)
     */
    public static ClientAddress trusting(String proxies) {
        if (proxies == null || proxies.isBlank()) {
            return trustingNone();
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : proxies.trim().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                ranges.add(Range.parse(entry));
            }
        }
        return new ClientAddress(ranges);
    }

    /** Whether an address (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        InetAddress ip = literal(address);
        return ip != null && trusted.stream().anyMatch(r -> r.contains(ip));
    }

    /** Whether any proxy is trusted at all. */
    public boolean trustsAnyProxy() {
        return !trusted.isEmpty();
    }

    /**
     * The client's address.
     *
     * @param peer         the address the connection came from
     * @param forwardedFor every {@code X-Forwarded-For} header value of the request, in order (each may list
     *                     several addresses); empty when there is none
     */
    public String resolve(String peer, List<String> forwardedFor) {
        if (peer == null || !trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            if (value != null) {
                for (String hop : value.split(",")) {
                    hops.add(hop.trim());
                }
            }
        }
        Collections.reverse(hops);
        String last = peer;
        for (String hop : hops) {
            String address = withoutPort(hop);
            if (literal(address) == null) {
                return last;
            }
            if (!trusts(address)) {
                return address;
            }
            last = address;
        }
        return last;
    }

    /**
     * Whether the browser's connection was TLS: directly, or as a trusted proxy reports in
     * {@code X-Forwarded-Proto}.
     */
    public boolean secure(String peer, boolean directTls, List<String> forwardedProto) {
        if (directTls) {
            return true;
        }
        if (!trusts(peer) || forwardedProto == null || forwardedProto.isEmpty()) {
            return false;
        }
        String last = forwardedProto.get(forwardedProto.size() - 1);
        if (last == null) {
            return false;
        }
        String[] values = last.split(",");
        return "https".equals(values[values.length - 1].trim().toLowerCase(Locale.ROOT));
    }

    /** "1.2.3.4:567" and "[::1]:567" as sent by some proxies, without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && hop.indexOf(':', colon + 1) < 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    /** The address if it is an IP literal (never a host name: nothing here looks anything up), or null. */
    static InetAddress literal(String address) {
        if (address == null || address.isEmpty() || address.length() > 45) {
            return null;
        }
        if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "trusted proxies " + trusted;
    }

    private record Range(String text, byte[] network, int prefix) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress ip = literal(address);
            if (ip == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            byte[] bytes = ip.getAddress();
            int prefix;
            try {
                prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
            return new Range(entry, bytes, prefix);
        }

        boolean contains(InetAddress ip) {
            byte[] bytes = ip.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int bits = bytes.length * 8;
            BigInteger mask = prefix == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(prefix).subtract(BigInteger.ONE).shiftLeft(bits - prefix);
            return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
