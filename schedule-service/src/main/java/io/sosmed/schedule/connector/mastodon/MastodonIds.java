package io.sosmed.schedule.connector.mastodon;

/** Mastodon ids are decimal strings that grow with time (Snowflake-like); compared numerically without parsing. */
final class MastodonIds {

    private MastodonIds() {
    }

    static boolean newer(String candidate, String than) {
        if (candidate.length() != than.length()) {
            return candidate.length() > than.length();
        }
        return candidate.compareTo(than) > 0;
    }
}
