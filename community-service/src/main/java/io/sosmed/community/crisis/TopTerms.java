package io.sosmed.community.crisis;

import io.sosmed.community.sentiment.TextFeatures;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The words people use most in a set of texts, leaving out function words of English and Indonesian. */
final class TopTerms {

    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "you", "your", "are", "was", "were", "this", "that", "with", "have", "has", "not",
            "but", "they", "them", "our", "its", "it's", "from", "all", "just", "what", "when", "very", "been", "can",
            "will", "would", "there", "their", "about", "why", "how", "who", "out", "any", "too", "again",
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "saya", "aku", "kami", "kita", "kalian", "anda", "dengan",
            "untuk", "pada", "tidak", "tak", "juga", "sudah", "sangat", "sekali", "ada", "akan", "bisa", "atau",
            "karena", "jadi", "lagi", "nya", "mau", "gak", "ga", "nggak", "banget", "kok", "sih", "deh", "dong");

    private TopTerms() {
    }

    static List<String> of(List<String> texts, int count) {
        Map<String, Integer> frequencies = new HashMap<>();
        for (String text : texts) {
            TextFeatures.words(text).stream().distinct()
                    .filter(word -> word.length() > 2 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit))
                    .forEach(word -> frequencies.merge(word, 1, Integer::sum));
        }
        return frequencies.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count).map(Map.Entry::getKey).toList();
    }
}
