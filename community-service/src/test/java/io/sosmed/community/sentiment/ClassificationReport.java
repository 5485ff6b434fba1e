package io.sosmed.community.sentiment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Accuracy and macro-averaged F1 of a sentiment classifier over labelled examples. */
record ClassificationReport(int items, double accuracy, double macroF1, Map<SentimentLabel, Double> f1) {

    static ClassificationReport of(List<LabelledText> examples, Function<String, SentimentLabel> classifier) {
        Map<SentimentLabel, int[]> counts = new EnumMap<>(SentimentLabel.class);
        for (SentimentLabel label : SentimentLabel.values()) {
            counts.put(label, new int[3]);
        }
        int correct = 0;
        for (LabelledText example : examples) {
            SentimentLabel predicted = classifier.apply(example.text());
            if (predicted == example.label()) {
                correct++;
                counts.get(predicted)[0]++;
            } else {
                counts.get(predicted)[1]++;
                counts.get(example.label())[2]++;
            }
        }
        Map<SentimentLabel, Double> f1 = new EnumMap<>(SentimentLabel.class);
        double sum = 0;
        for (var entry : counts.entrySet()) {
            int truePositives = entry.getValue()[0];
            int falsePositives = entry.getValue()[1];
            int falseNegatives = entry.getValue()[2];
            double score = truePositives == 0 ? 0 : 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
            f1.put(entry.getKey(), score);
            sum += score;
        }
        return new ClassificationReport(examples.size(), (double) correct / examples.size(), sum / f1.size(), f1);
    }

    @Override
    public String toString() {
        return "%d items: accuracy %.3f, macro-F1 %.3f, F1 per class %s".formatted(items, accuracy, macroF1, f1);
    }
}
