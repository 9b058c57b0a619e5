/** Identity's access tokens as a resource server validates them, and 401/403 as problem details. */
package dev.eventualshop.web.security;
