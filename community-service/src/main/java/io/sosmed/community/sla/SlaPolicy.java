package io.sosmed.community.sla;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.sosmed.community.inbox.Priority;
import io.sosmed.platform.problem.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A workspace's service levels: response and resolution targets per priority (optionally per channel), counted
 * in business hours of the workspace's zone (round the clock when {@code businessHours} is null).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaPolicy(String zone, BusinessHours businessHours, List<Target> targets, Integer atRiskMinutes) {

    static final int DEFAULT_AT_RISK_MINUTES = 30;

    /** Working days and the working time of each of them, local to the policy's zone. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BusinessHours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    }

    /** Minutes (business minutes when business hours apply) to first response and to resolution; null: no target. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(Priority priority, String channelId, Integer firstResponseMinutes, Integer resolutionMinutes) {
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public int atRiskMinutesOrDefault() {
        return atRiskMinutes == null ? DEFAULT_AT_RISK_MINUTES : atRiskMinutes;
    }

    /** The target for a conversation: the channel's own for its priority, else the priority's general one. */
    public Optional<Target> targetFor(Priority priority, String channelId) {
        List<Target> all = targets == null ? List.of() : targets;
        return all.stream().filter(t -> t.priority() == priority && Objects.equals(t.channelId(), channelId)).findFirst()
                .or(() -> all.stream().filter(t -> t.priority() == priority && t.channelId() == null).findFirst());
    }

    public BusinessCalendar calendar() {
        return businessHours == null ? BusinessCalendar.alwaysOpen(zoneId())
                : new BusinessCalendar(zoneId(), businessHours.days(), businessHours.start(), businessHours.end());
    }

    public List<Problem.FieldError> validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            if (zone == null) {
                errors.add(new Problem.FieldError("zone", "is required (IANA zone, e.g. Asia/Jakarta)"));
            } else {
                ZoneId.of(zone);
            }
        } catch (DateTimeException e) {
            errors.add(new Problem.FieldError("zone", "is not an IANA time zone"));
        }
        if (businessHours != null) {
            if (businessHours.days() == null || businessHours.days().isEmpty()) {
                errors.add(new Problem.FieldError("businessHours.days", "at least one day (MONDAY..SUNDAY)"));
            }
            if (businessHours.start() == null || businessHours.end() == null
                    || !businessHours.start().isBefore(businessHours.end())) {
                errors.add(new Problem.FieldError("businessHours", "start and end (HH:mm) with start before end"));
            }
        }
        if (atRiskMinutes != null && atRiskMinutes < 1) {
            errors.add(new Problem.FieldError("atRiskMinutes", "must be at least 1"));
        }
        if (targets == null) {
            errors.add(new Problem.FieldError("targets", "is required (may be empty)"));
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String at = "targets[" + i + "]";
            if (target == null || target.priority() == null) {
                errors.add(new Problem.FieldError(at + ".priority", "must be one of " + List.of(Priority.values())));
                continue;
            }
            if (!seen.add(target.priority() + "|" + target.channelId())) {
                errors.add(new Problem.FieldError(at, "duplicate target for this priority and channel"));
            }
            positive(errors, at + ".firstResponseMinutes", target.firstResponseMinutes());
            positive(errors, at + ".resolutionMinutes", target.resolutionMinutes());
        }
        return errors;
    }

    private static void positive(List<Problem.FieldError> errors, String field, Integer minutes) {
        if (minutes != null && minutes < 1) {
            errors.add(new Problem.FieldError(field, "must be at least 1 minute"));
        }
    }
}
