package io.sosmed.community.sla;

import io.sosmed.community.inbox.Conversation;
import io.sosmed.community.settings.SettingKind;
import io.sosmed.community.settings.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Sets a conversation's SLA due times from its workspace policy, its priority and channel. */
@ApplicationScoped
public class SlaClock {

    private final WorkspaceSettings settings;

    public SlaClock(WorkspaceSettings settings) {
        this.settings = settings;
    }

    public Optional<SlaPolicy> policy(String workspaceId) {
        return settings.read(workspaceId, SettingKind.SLA_POLICY, SlaPolicy.class);
    }

    /** (Re)computes the due times of the conversation's current cycle, which started at {@code openedAt}. */
    public void schedule(Conversation conversation) {
        Optional<SlaPolicy.Target> target = policy(conversation.workspaceId)
                .flatMap(p -> p.targetFor(conversation.priority, conversation.channelId).map(t -> {
                    BusinessCalendar calendar = p.calendar();
                    conversation.firstResponseDueAt = due(calendar, conversation.openedAt, t.firstResponseMinutes());
                    conversation.resolutionDueAt = due(calendar, conversation.openedAt, t.resolutionMinutes());
                    return t;
                }));
        if (target.isEmpty()) {
            conversation.firstResponseDueAt = null;
            conversation.resolutionDueAt = null;
        }
    }

    private static Instant due(BusinessCalendar calendar, Instant start, Integer minutes) {
        return minutes == null ? null : calendar.plus(start, Duration.ofMinutes(minutes));
    }
}
