package io.sosmed.content.post;

import io.sosmed.platform.problem.ProblemException;

/** Optimistic concurrency for posts over HTTP: the version as a strong entity tag, checked against {@code If-Match}. */
final class PostVersion {

    private PostVersion() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the client last saw, from {@code If-Match}; a missing header is 428 and a header that is
     * not one of our tags is 412, so a write never silently overwrites someone else's change.
     */
    static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match required",
                    "Send the post's ETag in If-Match so a concurrent change is not overwritten");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw stale(ifMatch);
        }
    }

    static ProblemException stale(String ifMatch) {
        return new ProblemException(412, "stale-version", "Post changed since you loaded it",
                "If-Match " + ifMatch + " is not the current version; GET the post again and reapply your change");
    }
}
