package io.sosmed.community.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Bodies of the conversation workflow endpoints. */
public final class WorkflowRequests {

    private WorkflowRequests() {
    }

    /** Assigns the conversation to a member (token subject, e.g. {@code user-gabe}); null unassigns it. */
    public record Assign(@Size(max = 200) String assigneeId) {
    }

    /** Moves the conversation to a status; {@code snoozedUntil} is required for SNOOZED and must be in the future. */
    public record ChangeStatus(@NotNull ConversationStatus status, Instant snoozedUntil) {
    }

    /** Changes priority and/or replaces the tags; absent fields stay as they are. */
    public record Update(Priority priority, @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {
    }

    /** An internal note; {@code @username} mentions are recorded. */
    public record AddNote(@NotBlank @Size(max = 5000) String text) {
    }

    /** Hands the conversation to a support desk or CRM. */
    public record Escalate(@NotBlank @Size(max = 1000) String reason) {
    }
}
