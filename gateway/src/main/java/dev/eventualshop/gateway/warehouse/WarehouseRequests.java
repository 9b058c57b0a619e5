package dev.eventualshop.gateway.warehouse;

import dev.eventualshop.gateway.command.RequestText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of API.md's stock routes: exactly these fields, so nothing else can be assigned. */
final class WarehouseRequests {

    /** The most units one receipt or adjustment moves (Warehouse's limit too). */
    static final long MAX_UNITS = 1_000_000;

    private WarehouseRequests() {
    }

    record Receipt(@NotNull @Min(1) @Max(MAX_UNITS) Long quantity) {
    }

    /** {@code delta} is signed and not zero (Warehouse refuses zero); {@code reason} says why, e.g. "damaged". */
    record Adjustment(@NotNull @Min(-MAX_UNITS) @Max(MAX_UNITS) Long delta,
                      @NotBlank @Size(max = 200) @Pattern(regexp = RequestText.PRINTABLE) String reason) {
    }
}
