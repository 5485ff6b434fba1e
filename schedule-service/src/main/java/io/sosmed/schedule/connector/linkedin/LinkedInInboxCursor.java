package io.sosmed.schedule.connector.linkedin;

/**
 * Where a LinkedIn inbox poll continues: the creation time (epoch ms) of the newest comment seen and the
 * {@code lastModifiedAt} of the newest mention notification seen, stored as {@code comments:<ms>,mentions:<ms>}.
 * A cursor stored before mentions were polled is the bare comment time; a missing part is {@code null}.
 */
record LinkedInInboxCursor(Long comments, Long mentions) {

    static LinkedInInboxCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return new LinkedInInboxCursor(null, null);
        }
        if (!cursor.contains(":")) {
            return new LinkedInInboxCursor(Long.parseLong(cursor.trim()), null);
        }
        Long comments = null;
        Long mentions = null;
        for (String part : cursor.split(",")) {
            String[] pair = part.split(":", 2);
            long value = Long.parseLong(pair[1].trim());
            switch (pair[0].trim()) {
                case "comments" -> comments = value;
                case "mentions" -> mentions = value;
                default -> {
                }
            }
        }
        return new LinkedInInboxCursor(comments, mentions);
    }

    /** The stored form; {@code null} when neither part is known yet. */
    String format() {
        if (comments == null && mentions == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (comments != null) {
            text.append("comments:").append(comments);
        }
        if (mentions != null) {
            text.append(text.isEmpty() ? "" : ",").append("mentions:").append(mentions);
        }
        return text.toString();
    }
}
