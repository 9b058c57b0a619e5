package dev.eventualshop.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_are_kept_at_two_decimals_and_printed_as_api_md_says() {
        assertThat(Money.of("19.9", "EUR")).isEqualTo(new Money(new BigDecimal("19.90"), "EUR"));
        assertThat(Money.of("19.9", "EUR").amountText()).isEqualTo("19.90");
        assertThat(Money.of("7", "EUR").amountText()).isEqualTo("7.00");
        assertThat(new Money(new BigDecimal("5.000"), "EUR").amountText()).isEqualTo("5.00");
    }

    @Test
    void arithmetic_stays_exact_and_in_one_currency() {
        assertThat(Money.of("0.10", "EUR").times(3)).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(Money.of("19.99", "EUR").plus(Money.of("0.01", "EUR"))).isEqualTo(Money.of("20", "EUR"));
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EUR").times(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformed_amounts_and_currencies_are_refused() {
        for (String bad : new String[] {"-1", "1.999", "1e3", "1,00", " 1", "1234567890", "", "NaN", "0x10",
                "1.", ".5"}) {
            assertThatThrownBy(() -> Money.of(bad, "EUR")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Money.of(null, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("0.001"), "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "EURO")).isInstanceOf(IllegalArgumentException.class);
    }
}
