package io.sosmed.schedule.oauth;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Which of the pending choices become channels: Facebook Pages by id, Instagram accounts by id (at least one). */
public record MetaSelectRequest(@Size(max = 50) List<String> pageIds, @Size(max = 50) List<String> instagramAccountIds) {

    public MetaSelectRequest {
        pageIds = pageIds == null ? List.of() : pageIds;
        instagramAccountIds = instagramAccountIds == null ? List.of() : instagramAccountIds;
    }
}
