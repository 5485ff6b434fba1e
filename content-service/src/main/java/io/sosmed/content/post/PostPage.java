package io.sosmed.content.post;

import java.util.List;

/** One page of posts; {@code nextCursor} is null on the last page. */
public record PostPage(List<PostResponse> items, String nextCursor) {
}
