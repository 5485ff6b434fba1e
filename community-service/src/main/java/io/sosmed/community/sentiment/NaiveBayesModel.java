package io.sosmed.community.sentiment;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial naive Bayes over {@link TextFeatures} with add-one smoothing, trained from labelled texts
 * of one language. Immutable once trained; safe to share between threads.
 */
public final class NaiveBayesModel {

    private final Map<SentimentLabel, Double> logPriors = new EnumMap<>(SentimentLabel.class);
    private final Map<SentimentLabel, Map<String, Integer>> counts = new EnumMap<>(SentimentLabel.class);
    private final Map<SentimentLabel, Double> logDenominators = new EnumMap<>(SentimentLabel.class);

    private NaiveBayesModel() {
    }

    public static NaiveBayesModel train(List<LabelledText> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("No training examples");
        }
        NaiveBayesModel model = new NaiveBayesModel();
        Map<SentimentLabel, Integer> documents = new EnumMap<>(SentimentLabel.class);
        Map<SentimentLabel, Long> totals = new EnumMap<>(SentimentLabel.class);
        Map<String, Boolean> vocabulary = new HashMap<>();
        for (SentimentLabel label : SentimentLabel.values()) {
            model.counts.put(label, new HashMap<>());
            documents.put(label, 0);
            totals.put(label, 0L);
        }
        for (LabelledText example : examples) {
            documents.merge(example.label(), 1, Integer::sum);
            Map<String, Integer> labelCounts = model.counts.get(example.label());
            for (String feature : TextFeatures.of(example.text())) {
                labelCounts.merge(feature, 1, Integer::sum);
                totals.merge(example.label(), 1L, Long::sum);
                vocabulary.put(feature, Boolean.TRUE);
            }
        }
        for (SentimentLabel label : SentimentLabel.values()) {
            model.logPriors.put(label, Math.log((documents.get(label) + 1.0) / (examples.size() + SentimentLabel.values().length)));
            model.logDenominators.put(label, Math.log(totals.get(label) + (double) vocabulary.size()));
        }
        return model;
    }

    public Sentiment classify(String text) {
        List<String> features = TextFeatures.of(text);
        Map<SentimentLabel, Double> logScores = new EnumMap<>(SentimentLabel.class);
        for (SentimentLabel label : SentimentLabel.values()) {
            Map<String, Integer> labelCounts = counts.get(label);
            double score = logPriors.get(label);
            double denominator = logDenominators.get(label);
            for (String feature : features) {
                score += Math.log(labelCounts.getOrDefault(feature, 0) + 1.0) - denominator;
            }
            logScores.put(label, score);
        }
        return toSentiment(logScores);
    }

    private static Sentiment toSentiment(Map<SentimentLabel, Double> logScores) {
        double max = logScores.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        Map<SentimentLabel, Double> probabilities = new EnumMap<>(SentimentLabel.class);
        double sum = 0;
        for (var entry : logScores.entrySet()) {
            double p = Math.exp(entry.getValue() - max);
            probabilities.put(entry.getKey(), p);
            sum += p;
        }
        SentimentLabel best = SentimentLabel.NEUTRAL;
        double bestProbability = -1;
        for (var entry : probabilities.entrySet()) {
            double p = entry.getValue() / sum;
            entry.setValue(p);
            if (p > bestProbability) {
                best = entry.getKey();
                bestProbability = p;
            }
        }
        double score = probabilities.get(SentimentLabel.POSITIVE) - probabilities.get(SentimentLabel.NEGATIVE);
        return new Sentiment(best, Math.round(score * 1000) / 1000.0);
    }
}
