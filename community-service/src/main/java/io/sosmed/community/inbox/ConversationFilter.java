package io.sosmed.community.inbox;

import io.sosmed.community.sentiment.SentimentLabel;
import io.sosmed.platform.paging.KeysetCursor;
import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The inbox list's query parameters, parsed and checked. */
public record ConversationFilter(ConversationStatus status, String assignee, String channelId, Network network,
        ItemKind kind, SentimentLabel sentiment, Priority priority, String tag, String q, SlaState sla,
        KeysetCursor cursor, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    /** {@code assignee=none} lists unassigned conversations. */
    public static final String UNASSIGNED = "none";

    /** The SLA filter: conversations about to miss a target, or that missed one. */
    public enum SlaState {
        AT_RISK("at-risk"), BREACHED("breached");

        final String parameter;

        SlaState(String parameter) {
            this.parameter = parameter;
        }
    }

    /** Parses raw query parameters; a bad one is a 400 naming it, and nothing is queried. */
    public static ConversationFilter parse(String status, String assignee, String channelId, String network,
            String kind, String sentiment, String priority, String tag, String q, String sla, String cursor,
            Integer limit) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ConversationStatus parsedStatus = parseEnum(errors, "status", status, ConversationStatus.class);
        Network parsedNetwork = parseEnum(errors, "network", network, Network.class);
        ItemKind parsedKind = parseEnum(errors, "kind", kind, ItemKind.class);
        SentimentLabel parsedSentiment = parseEnum(errors, "sentiment", sentiment, SentimentLabel.class);
        Priority parsedPriority = parseEnum(errors, "priority", priority, Priority.class);
        SlaState parsedSla = null;
        if (sla != null && !sla.isBlank()) {
            parsedSla = Arrays.stream(SlaState.values()).filter(s -> s.parameter.equals(sla)).findFirst().orElse(null);
            if (parsedSla == null) {
                errors.add(new Problem.FieldError("sla", "must be at-risk or breached"));
            }
        }
        if (q != null && q.length() > 500) {
            errors.add(new Problem.FieldError("q", "must be at most 500 characters"));
        }
        int parsedLimit = limit == null ? DEFAULT_LIMIT : limit;
        if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
            errors.add(new Problem.FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Some query parameters are not valid",
                    errors);
        }
        return new ConversationFilter(parsedStatus, blankToNull(assignee), blankToNull(channelId), parsedNetwork,
                parsedKind, parsedSentiment, parsedPriority, blankToNull(tag), blankToNull(q), parsedSla,
                KeysetCursor.decodeOrNull(cursor), parsedLimit);
    }

    private static <E extends Enum<E>> E parseEnum(List<Problem.FieldError> errors, String field, String value,
            Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
