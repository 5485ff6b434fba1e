package io.sosmed.content.network;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds links with twitter-text's URL grammar, as its {@code Extractor} does, but with a time budget: that grammar
 * backtracks quadratically on long unbroken runs such as {@code a.a.a.a...}, and a validator called as users type
 * must not let one request pin a CPU for minutes.
 */
public final class UrlFinder {

    /** Far above the few milliseconds real posts take, far below what a pathological 100,000-character text would. */
    static final long BUDGET_NANOS = 250_000_000L;

    private UrlFinder() {
    }

    /** UTF-16 ranges of the links in {@code text}; with {@code withoutProtocol} also bare domains like example.com. */
    public static List<TextRange> find(String text, boolean withoutProtocol) {
        if (text.isEmpty() || text.indexOf(withoutProtocol ? '.' : ':') < 0) {
            return List.of();
        }
        List<TextRange> urls = new ArrayList<>();
        Matcher matcher = Regex.VALID_URL.matcher(new BudgetedText(text, System.nanoTime() + BUDGET_NANOS));
        while (matcher.find()) {
            String protocol = matcher.group(Regex.VALID_URL_GROUP_PROTOCOL);
            if (protocol == null || protocol.isEmpty()) {
                if (!withoutProtocol || Regex.INVALID_URL_WITHOUT_PROTOCOL_MATCH_BEGIN
                        .matcher(matcher.group(Regex.VALID_URL_GROUP_BEFORE)).matches()) {
                    continue;
                }
            }
            String url = matcher.group(Regex.VALID_URL_GROUP_URL);
            int start = matcher.start(Regex.VALID_URL_GROUP_URL);
            int end = matcher.end(Regex.VALID_URL_GROUP_URL);
            Matcher shortened = Regex.VALID_TCO_URL.matcher(url);
            if (shortened.find()) {
                url = shortened.group();
                end = start + url.length();
            }
            if (Extractor.isValidHostAndLength(url.length(), protocol, matcher.group(Regex.VALID_URL_GROUP_DOMAIN))) {
                urls.add(new TextRange(start, end));
            }
        }
        return urls;
    }

    /** A text whose reads fail once the deadline has passed, which stops a running regular expression. */
    private static final class BudgetedText implements CharSequence {

        private final String text;
        private final long deadline;
        private int reads;

        BudgetedText(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % 4096 == 0 && System.nanoTime() > deadline) {
                throw new CountingTimeout();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
