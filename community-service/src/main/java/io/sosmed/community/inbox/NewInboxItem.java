package io.sosmed.community.inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.sosmed.platform.problem.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An item as another system hands it to the inbox: the body of {@code POST .../inbox/items} and the data of
 * {@code sosmed.inbox.item.received.v1}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NewInboxItem(String network, String channelId, String externalId, String kind, Author author,
        String text, Instant receivedAt, String parentExternalId, String conversationExternalId,
        String postExternalId) {

    static final int MAX_TEXT = 20_000;
    static final int MAX_ID = 512;

    /** Who wrote the item on the network. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String handle, String name, String externalId) {
    }

    /** Field errors, empty when the item can be ingested. */
    public List<Problem.FieldError> validate() {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (network == null || Network.parse(network).isEmpty()) {
            errors.add(new Problem.FieldError("network", "must be one of " + List.of(Network.values())));
        }
        if (kind == null || ItemKind.parse(kind).isEmpty()) {
            errors.add(new Problem.FieldError("kind", "must be one of " + List.of(ItemKind.values())));
        }
        requireId(errors, "channelId", channelId);
        requireId(errors, "externalId", externalId);
        if (author == null) {
            errors.add(new Problem.FieldError("author", "is required"));
        } else {
            requireId(errors, "author.handle", author.handle());
        }
        if (text == null) {
            errors.add(new Problem.FieldError("text", "is required"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("text", "must be at most " + MAX_TEXT + " characters"));
        }
        if (receivedAt == null) {
            errors.add(new Problem.FieldError("receivedAt", "is required (ISO-8601 instant)"));
        }
        optionalId(errors, "parentExternalId", parentExternalId);
        optionalId(errors, "conversationExternalId", conversationExternalId);
        optionalId(errors, "postExternalId", postExternalId);
        return errors;
    }

    Network parsedNetwork() {
        return Network.valueOf(network);
    }

    ItemKind parsedKind() {
        return ItemKind.valueOf(kind);
    }

    private static void requireId(List<Problem.FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, "is required"));
        } else {
            optionalId(errors, field, value);
        }
    }

    private static void optionalId(List<Problem.FieldError> errors, String field, String value) {
        if (value != null && value.length() > MAX_ID) {
            errors.add(new Problem.FieldError(field, "must be at most " + MAX_ID + " characters"));
        }
    }
}
