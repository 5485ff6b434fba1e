package io.sosmed.analytics.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentClassTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36|HUMAN",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Instagram 334.0|HUMAN",
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)|PREVIEW",
            "Twitterbot/1.0|PREVIEW",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)|PREVIEW",
            "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)|PREVIEW",
            "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)|PREVIEW",
            "WhatsApp/2.23.20.0|PREVIEW",
            "TelegramBot (like TwitterBot)|PREVIEW",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)|BOT",
            "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)|BOT",
            "curl/8.5.0|BOT",
            "python-requests/2.32.3|BOT"})
    void classifiesUserAgents(String userAgent, AgentClass expected) {
        assertThat(AgentClass.of(userAgent)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aMissingUserAgentIsNotAPerson() {
        assertThat(AgentClass.of(null)).isEqualTo(AgentClass.BOT);
        assertThat(AgentClass.of(" ")).isEqualTo(AgentClass.BOT);
    }
}
