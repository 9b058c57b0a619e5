package dev.eventualshop.gateway.security;

import dev.eventualshop.web.security.IdentityJwt;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * A browser session's roles, from the ID token's {@code roles} claim (Identity puts the user's roles there, as in
 * the access token), so {@code hasRole("ADMIN")} means the same in both chains. Without it a session would only
 * have Spring's {@code OIDC_USER} and scope authorities.
 */
final class SessionRoles {

    private SessionRoles() {
    }

    static Collection<? extends GrantedAuthority> fromIdToken(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                List<String> roles = oidc.getIdToken().getClaimAsStringList(IdentityJwt.ROLES);
                if (roles != null) {
                    roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
        }
        return mapped;
    }
}
