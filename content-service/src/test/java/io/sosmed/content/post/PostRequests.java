package io.sosmed.content.post;

/** Request bodies used across post tests. */
final class PostRequests {

    static final String WEBINAR = """
            {"title":"Webinar launch","tags":["webinar"],
             "variants":[{"channelId":"x-main","text":"Join us #webinar https://example.com/w"},
                         {"channelId":"linkedin-page","text":"Join our webinar next week: https://example.com/w"}]}""";

    private PostRequests() {
    }

    static String titled(String title) {
        return """
                {"title":"%s","variants":[{"channelId":"x-main","text":"Hello"}]}""".formatted(title);
    }
}
