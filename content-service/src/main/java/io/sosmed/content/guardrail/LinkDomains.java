package io.sosmed.content.guardrail;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Host names of links and whether they fall under a listed domain (the domain itself or any subdomain). */
final class LinkDomains {

    private LinkDomains() {
    }

    /** The lower-case ASCII (punycode) host of a link with or without scheme, if it has one. */
    static Optional<String> host(String link) {
        String candidate = link.strip();
        if (!candidate.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            candidate = "http://" + candidate;
        }
        try {
            String host = new URI(candidate).getHost();
            if (host == null) {
                host = URI.create("http://" + IDN.toASCII(rawHost(candidate))).getHost();
            }
            return Optional.ofNullable(host).map(LinkDomains::normalize);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A domain as rules store it: lower-case ASCII, without a trailing dot. */
    static String normalize(String domain) {
        String ascii = IDN.toASCII(domain.strip(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        return ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
    }

    static boolean isUnder(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static String rawHost(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        int userInfo = rest.lastIndexOf('@', end);
        return rest.substring(userInfo + 1, end);
    }
}
