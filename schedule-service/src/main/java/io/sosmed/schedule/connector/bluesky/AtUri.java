package io.sosmed.schedule.connector.bluesky;

/** An {@code at://did/collection/rkey} record address. */
record AtUri(String repo, String collection, String rkey) {

    static AtUri parse(String uri) {
        String[] parts = uri.substring("at://".length()).split("/");
        if (!uri.startsWith("at://") || parts.length != 3) {
            throw new IllegalArgumentException("Not an at:// record URI: " + uri);
        }
        return new AtUri(parts[0], parts[1], parts[2]);
    }
}
