package io.sosmed.content.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon's status length: grapheme clusters, where every {@code http(s)://} link counts as 23 characters
 * and a remote mention {@code @user@domain} counts only its {@code @user} part. Links without a scheme are not
 * links on Mastodon and count character by character. Mirrors Mastodon's {@code StatusLengthValidator}, which
 * finds links with the twitter-text URL grammar, so the same library's grammar finds them here (through
 * {@link UrlFinder}, which gives it a time budget).
 */
final class MastodonCounter implements TextCounter {

    static final MastodonCounter INSTANCE = new MastodonCounter();

    /** Mastodon's {@code characters_reserved_per_url}. */
    static final int URL_WEIGHT = 23;

    /** Mastodon's {@code Account::MENTION_RE}: group 1 is the local part that counts. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![=/\\p{L}\\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)(?:@[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])?",
            Pattern.CASE_INSENSITIVE);

    private MastodonCounter() {
    }

    @Override
    public TextMeasure measure(String text, int limit) {
        UnitTally tally = new UnitTally(limit);
        int position = 0;
        for (Token token : tokens(text)) {
            if (token.start < position) {
                continue;
            }
            GraphemeCounter.addGraphemes(text, position, token.start, tally);
            tally.add(token.start, token.weight);
            position = token.end;
        }
        GraphemeCounter.addGraphemes(text, position, text.length(), tally);
        return tally.result(text);
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        UrlFinder.find(text, false).forEach(url -> tokens.add(new Token(url.start(), url.end(), URL_WEIGHT)));
        Matcher mention = MENTION.matcher(text);
        while (mention.find()) {
            int weight = GraphemeCounter.count("@" + mention.group(1));
            tokens.add(new Token(mention.start(), mention.end(), weight));
        }
        tokens.sort(Comparator.comparingInt(Token::start));
        return tokens;
    }

    /** A span counted as a whole. */
    private record Token(int start, int end, int weight) {
    }
}
