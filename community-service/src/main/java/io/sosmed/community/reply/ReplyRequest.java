package io.sosmed.community.reply;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A reply to post: {@code text}, or a saved reply whose {@code {{variables}}} are filled in (text wins when both
 * are given). {@code expectedVersion} is the conversation version the agent saw (or send {@code If-Match}).
 */
public record ReplyRequest(@Size(max = 10_000) String text, UUID savedReplyId, Long expectedVersion) {
}
