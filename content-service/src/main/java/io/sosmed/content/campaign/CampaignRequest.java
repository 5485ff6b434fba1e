package io.sosmed.content.campaign;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST /campaigns} and {@code PUT /campaigns/{id}}. */
public record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        LocalDate startsOn,
        LocalDate endsOn,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal budget,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
        Boolean archived) {
}
