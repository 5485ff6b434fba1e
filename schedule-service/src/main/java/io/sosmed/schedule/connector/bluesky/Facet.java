package io.sosmed.schedule.connector.bluesky;

/**
 * One {@code app.bsky.richtext.facet}: a range of the post text in UTF-8 bytes (start inclusive, end exclusive) and
 * what it is.
 *
 * @param value the link URI, the mentioned handle (resolved to a DID before posting) or the tag without {@code #}
 */
public record Facet(int byteStart, int byteEnd, Kind kind, String value) {

    public enum Kind {
        LINK("app.bsky.richtext.facet#link"),
        MENTION("app.bsky.richtext.facet#mention"),
        TAG("app.bsky.richtext.facet#tag");

        private final String type;

        Kind(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }
}
