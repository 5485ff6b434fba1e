package io.sosmed.analytics.conversion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.analytics.Window;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Accepts a signed webhook body: signature check, replay record and conversion commit together or not at all. */
@ApplicationScoped
public class ConversionWebhook {

    private final WebhookSignatures signatures;
    private final Conversions conversions;
    private final ObjectMapper mapper;

    public ConversionWebhook(WebhookSignatures signatures, Conversions conversions, ObjectMapper mapper) {
        this.signatures = signatures;
        this.conversions = conversions;
        this.mapper = mapper;
    }

    @Transactional
    public ConversionResponse receive(String workspaceId, String signatureHeader, String body) {
        signatures.verify(workspaceId, signatureHeader, body == null ? "" : body, Instant.now());
        ConversionRequest request;
        try {
            request = mapper.readValue(body, ConversionRequest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw Window.invalid("body", "not a conversion in JSON: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        return conversions.record(workspaceId, request, Conversions.Channel.WEBHOOK);
    }
}
