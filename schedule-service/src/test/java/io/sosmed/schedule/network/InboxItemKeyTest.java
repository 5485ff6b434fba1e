package io.sosmed.schedule.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboxItemKeyTest {

    private static final InboxItem.Author CAROL = new InboxItem.Author("@carol", "Carol", "78");

    @Test
    void theNetworksConversationIdKeysEveryItemOfTheConversation() {
        assertThat(InboxItemKey.of("ch-1", item("2", InboxItem.Kind.COMMENT, "1", "root"))).isEqualTo("root");
        assertThat(InboxItemKey.of("ch-1", item("3", InboxItem.Kind.DM, null, "dm-conv"))).isEqualTo("dm-conv");
    }

    @Test
    void aReplyIsKeyedByItsParentAndATopLevelItemByItsOwnIdSoTheyMeet() {
        assertThat(InboxItemKey.of("ch-1", item("7", InboxItem.Kind.COMMENT, "6", null))).isEqualTo("6");
        assertThat(InboxItemKey.of("ch-1", item("6", InboxItem.Kind.MENTION, null, null))).isEqualTo("6");
    }

    @Test
    void aDmWithoutConversationOrParentIsKeyedByTheAuthorsThreadOnTheChannel() {
        assertThat(InboxItemKey.of("ch-1", item("8", InboxItem.Kind.DM, null, " ")))
                .isEqualTo("dm:ch-1:@carol")
                .isEqualTo(InboxItemKey.of("ch-1", item("9", InboxItem.Kind.DM, null, null)))
                .isNotEqualTo(InboxItemKey.of("ch-2", item("9", InboxItem.Kind.DM, null, null)));
    }

    private static InboxItem item(String id, InboxItem.Kind kind, String parent, String conversation) {
        return new InboxItem(id, kind, CAROL, "hello", Instant.parse("2026-11-26T10:00:00Z"), parent, conversation,
                null);
    }
}
