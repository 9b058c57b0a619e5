/** The two security chains: bearer tokens, and the browser's session with its server-side tokens. */
package dev.eventualshop.gateway.security;
