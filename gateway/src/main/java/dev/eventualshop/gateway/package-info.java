/** The BFF: the one public entry point of the shop's HTTP API. */
package dev.eventualshop.gateway;
