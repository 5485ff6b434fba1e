package io.sosmed.community.listening;

import io.sosmed.community.inbox.Priority;
import java.util.Set;

/** What listening rules found in a text: tags to add and the priority to raise to (null: leave it). */
public record ListeningMatch(Set<String> tags, Priority raisePriorityTo) {
}
