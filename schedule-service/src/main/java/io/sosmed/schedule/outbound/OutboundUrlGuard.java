package io.sosmed.schedule.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses outbound URLs a user could aim at our own infrastructure (SSRF): only https to hosts whose every address is
 * public. Loopback over http is allowed only where {@code sosmed.outbound.allow-http-localhost} says so.
 */
@ApplicationScoped
public class OutboundUrlGuard {

    private final boolean allowHttpLocalhost;

    @Inject
    public OutboundUrlGuard(OutboundConfig config) {
        this(config.allowHttpLocalhost());
    }

    public OutboundUrlGuard(boolean allowHttpLocalhost) {
        this.allowHttpLocalhost = allowHttpLocalhost;
    }

    /** Parses and checks a base URL a user gave (a Mastodon or Bluesky server); returns it without a trailing slash. */
    public URI checkBaseUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value.trim());
        } catch (IllegalArgumentException e) {
            throw new UnsafeOutboundUrl("is not a URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new UnsafeOutboundUrl("must be a plain server URL without user, query or fragment");
        }
        check(uri);
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Throws {@link UnsafeOutboundUrl} unless the URL may be called. */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new UnsafeOutboundUrl("has no host");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new UnsafeOutboundUrl("must use https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new UnsafeOutboundUrl("names a host that does not resolve: " + host);
        }
        boolean allLoopback = true;
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            allLoopback &= loopback;
            if (loopback && allowHttpLocalhost) {
                continue;
            }
            if (!isPublic(address)) {
                throw new UnsafeOutboundUrl("points at a private or reserved address (" + host + ")");
            }
        }
        if (scheme.equals("http") && !(allowHttpLocalhost && allLoopback)) {
            throw new UnsafeOutboundUrl("must use https");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean thisNetwork = first == 0;
            boolean sharedCgnat = first == 100 && second >= 64 && second <= 127;
            boolean benchmarking = first == 198 && (second == 18 || second == 19);
            boolean reserved = first >= 240;
            return !(thisNetwork || sharedCgnat || benchmarking || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isIpv4Mapped(bytes);
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
