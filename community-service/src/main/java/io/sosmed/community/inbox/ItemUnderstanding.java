package io.sosmed.community.inbox;

import io.sosmed.community.language.LanguageDetection;
import io.sosmed.community.sentiment.Sentiment;
import io.sosmed.community.sentiment.SentimentAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Language and sentiment of an item's text, stored on the item. */
@ApplicationScoped
public class ItemUnderstanding {

    private final LanguageDetection languages;
    private final SentimentAnalyzer sentiments;

    public ItemUnderstanding(LanguageDetection languages, SentimentAnalyzer sentiments) {
        this.languages = languages;
        this.sentiments = sentiments;
    }

    public void annotate(InboxItem item) {
        item.language = languages.detect(item.text);
        Optional<Sentiment> sentiment = sentiments.analyze(item.text, item.language);
        item.sentiment = sentiment.map(s -> s.label().name()).orElse(null);
        item.sentimentScore = sentiment.map(Sentiment::score).orElse(null);
    }
}
