package dev.eventualshop.order;

/** Where an order goes; {@code country} is an ISO 3166-1 alpha-2 code. */
public record ShippingAddress(String street, String city, String postalCode, String country) {
}
