package io.sosmed.analytics.link;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A UTM parameter set; {@link #applyTo} replaces any utm_* already in the destination and keeps the rest. */
public record Utm(String source, String medium, String campaign, String content) {

    /**
     * utm_source = the channel's network in lower case ("sosmed" when unknown), utm_medium = social,
     * utm_campaign = the campaign's name as a slug (its id when the name is unknown), utm_content = the post id.
     */
    public static Utm of(String network, String campaignName, String campaignId, String postId) {
        String campaign = campaignName != null ? slug(campaignName) : campaignId;
        return new Utm(network == null ? "sosmed" : network.toLowerCase(Locale.ROOT), "social", campaign, postId);
    }

    public String applyTo(String destination) {
        URI uri = URI.create(destination);
        List<String> parameters = new ArrayList<>();
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!name.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                    parameters.add(pair);
                }
            }
        }
        asMap().forEach((name, value) -> parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        StringBuilder url = new StringBuilder(uri.getScheme()).append("://").append(uri.getRawAuthority())
                .append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        if (!parameters.isEmpty()) {
            url.append('?').append(String.join("&", parameters));
        }
        if (uri.getRawFragment() != null) {
            url.append('#').append(uri.getRawFragment());
        }
        return url.toString();
    }

    /** The parameters that are set, in the usual order. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        put(map, "utm_source", source);
        put(map, "utm_medium", medium);
        put(map, "utm_campaign", campaign);
        put(map, "utm_content", content);
        return map;
    }

    /** A campaign name as utm_campaign carries it: lower case, runs of other characters as one dash. */
    public static String slugOf(String text) {
        return slug(text);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    private static void put(Map<String, String> map, String name, String value) {
        if (value != null && !value.isBlank()) {
            map.put(name, value);
        }
    }
}
