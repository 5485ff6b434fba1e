package io.sosmed.community.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a text into the features the sentiment model counts: lower-cased words, negation marks and word pairs. */
public final class TextFeatures {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    /** Words that flip the meaning of the next word, in English and Indonesian (incl. informal spellings). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "don't", "dont", "didn't", "didnt",
            "isn't", "isnt", "wasn't", "wasnt", "can't", "cant", "won't", "doesn't", "doesnt", "nothing",
            "tidak", "tak", "bukan", "belum", "gak", "ga", "nggak", "enggak", "ndak", "kurang", "jangan", "tdk", "gk");

    private TextFeatures() {
    }

    /** Lower-cased word tokens. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            String word = stripQuotes(token);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Words, the word after a negation marked {@code not_}, and adjacent word pairs. */
    public static List<String> of(String text) {
        List<String> words = words(text);
        List<String> features = new ArrayList<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean negated = i > 0 && NEGATIONS.contains(words.get(i - 1));
            features.add(negated ? "not_" + word : word);
            if (i > 0) {
                features.add(words.get(i - 1) + ' ' + word);
            }
        }
        return features;
    }

    private static String stripQuotes(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && token.charAt(start) == '\'') {
            start++;
        }
        while (end > start && token.charAt(end - 1) == '\'') {
            end--;
        }
        return token.substring(start, end);
    }
}
