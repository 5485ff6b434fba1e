package io.sosmed.community.sentiment;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sentiment for English and Indonesian from naive Bayes models trained at startup on the labelled data
 * shipped in {@code sentiment/<language>/train.tsv} (sources and licences in {@code sentiment/README.md}).
 */
@Singleton
@Startup
public class NaiveBayesSentimentAnalyzer implements SentimentAnalyzer {

    static final Set<String> LANGUAGES = Set.of("en", "id");

    private final Map<String, NaiveBayesModel> models = new HashMap<>();

    public NaiveBayesSentimentAnalyzer() {
        for (String language : LANGUAGES) {
            List<LabelledText> examples = trainingData(language);
            models.put(language, NaiveBayesModel.train(examples));
            Log.infof("Sentiment model for %s trained on %d examples", language, examples.size());
        }
    }

    /** The labelled training texts shipped for {@code language}. */
    public static List<LabelledText> trainingData(String language) {
        String resource = "sentiment/" + language + "/train.tsv";
        try (InputStream in = NaiveBayesSentimentAnalyzer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing training data " + resource);
            }
            return LabelledText.readTsv(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public Optional<Sentiment> analyze(String text, String language) {
        NaiveBayesModel model = language == null ? null : models.get(language);
        if (model == null || text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(model.classify(text));
    }
}
