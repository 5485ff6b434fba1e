package io.sosmed.analytics.link;

import java.util.List;
import java.util.Locale;

/** Who followed a short link, judged from its User-Agent: a person, a link-preview fetcher or another bot. */
public enum AgentClass {
    HUMAN, PREVIEW, BOT;

    /** Fetchers that unfurl a link when it is shared in a post or chat. */
    static final List<String> PREVIEW_AGENTS = List.of("facebookexternalhit", "facebookcatalog", "twitterbot",
            "slackbot", "slack-imgproxy", "linkedinbot", "discordbot", "whatsapp", "telegrambot", "skypeuripreview",
            "pinterestbot", "redditbot", "embedly", "iframely", "applebot", "mastodon", "bluesky cardyb",
            "vkshare", "viber", "snapchat", "google-pagerenderer");

    /** Crawlers and scripted clients. */
    static final List<String> BOT_AGENTS = List.of("googlebot", "bingbot", "duckduckbot", "baiduspider", "yandex",
            "ahrefsbot", "semrushbot", "mj12bot", "petalbot", "bytespider", "gptbot", "claudebot", "ccbot",
            "curl/", "wget/", "python-requests", "python-urllib", "go-http-client", "java/", "okhttp", "headlesschrome",
            "bot", "crawler", "spider", "scraper");

    public static AgentClass of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return BOT;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        if (PREVIEW_AGENTS.stream().anyMatch(agent::contains)) {
            return PREVIEW;
        }
        if (BOT_AGENTS.stream().anyMatch(agent::contains)) {
            return BOT;
        }
        return HUMAN;
    }
}
