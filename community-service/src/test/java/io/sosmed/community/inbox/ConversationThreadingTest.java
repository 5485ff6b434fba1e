package io.sosmed.community.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationThreadingTest {

    @Test
    void networkConversationIdWins() {
        assertThat(ConversationThreading.threadKey(item("DM", "m1", "p1", "conv-9"), false)).isEqualTo("conversation:conv-9");
    }

    @Test
    void directMessagesThreadPerAuthor() {
        assertThat(ConversationThreading.threadKey(item("DM", "m1", null, null), false)).isEqualTo("dm:budi");
    }

    @Test
    void repliesToUnknownParentsShareTheParentsThreadAndTheParentJoinsItLater() {
        assertThat(ConversationThreading.threadKey(item("COMMENT", "c2", "c1", null), false)).isEqualTo("thread:c1");
        assertThat(ConversationThreading.threadKey(item("COMMENT", "c1", null, null), false)).isEqualTo("thread:c1");
    }

    @Test
    void topLevelCommentOnOurPostStartsItsOwnThread() {
        assertThat(ConversationThreading.threadKey(item("COMMENT", "c3", "our-post", null), true)).isEqualTo("thread:c3");
    }

    private static NewInboxItem item(String kind, String externalId, String parent, String conversation) {
        return new NewInboxItem("X", "x-main", externalId, kind, new NewInboxItem.Author("budi", "Budi", null), "hi",
                Instant.now(), parent, conversation, null);
    }
}
