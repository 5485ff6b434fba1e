package io.sosmed.schedule.scheduling;

import java.util.List;
import java.util.UUID;

/** What a bulk shift moved. */
public record ShiftResult(int shifted, List<UUID> scheduleIds) {
}
