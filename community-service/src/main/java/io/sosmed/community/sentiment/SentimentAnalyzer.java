package io.sosmed.community.sentiment;

import java.util.Optional;
import java.util.Set;

/** Classifies the sentiment of a text in a known language; plug in a better model by providing another bean. */
public interface SentimentAnalyzer {

    /** ISO 639-1 codes of the languages this analyzer has a model for. */
    Set<String> languages();

    /** The sentiment of {@code text} written in {@code language}, or empty when this analyzer cannot tell. */
    Optional<Sentiment> analyze(String text, String language);
}
