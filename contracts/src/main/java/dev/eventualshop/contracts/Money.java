package dev.eventualshop.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency: never negative, at most two decimals, at most 9 digits before the point
 * (API.md: {@code ^\d{1,9}(\.\d{1,2})?$}). Amounts are kept at scale 2, so {@code 19.9} and {@code 19.90} are
 * equal and print alike ({@link #amountText()}).
 */
public record Money(BigDecimal amount, String currency) {

    /** What an amount sent as text must look like before it is parsed (as a regular expression, and compiled). */
    public static final String AMOUNT_TEXT = "^\\d{1,9}(\\.\\d{1,2})?$";
    public static final Pattern AMOUNT = Pattern.compile(AMOUNT_TEXT);
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0 || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount is non-negative with at most two decimals: " + amount);
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("a currency is an ISO 4217 code: " + currency);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses {@code amount} (validated against {@link #AMOUNT} first) in {@code currency}. */
    public static Money of(String amount, String currency) {
        if (amount == null || !AMOUNT.matcher(amount).matches()) {
            throw new IllegalArgumentException("not an amount: " + amount);
        }
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money times(long quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity " + quantity);
        }
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** Whether the amount stays below a billion, the most {@link #AMOUNT} accepts. */
    public boolean withinApiLimit() {
        return amount.compareTo(LIMIT) < 0;
    }

    /** The amount as API.md prints it: a decimal string with two decimals. */
    public String amountText() {
        return amount.toPlainString();
    }
}
