package nl.gastouderbureau.complaints.support.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a validated token into the same shape a local login has: the account name and its roles
 * as {@code ROLE_CLIENT}, {@code ROLE_STAFF}, {@code ROLE_MANAGEMENT}, so the role rules do not care
 * how someone logged in. Roles may come as a list or a space-separated string, in any case.
 */
final class TokenAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final String PREFIX = "ROLE_";

    private final String rolesClaim;
    private final String usernameClaim;

    TokenAuthentication(SecuritySettings.Jwt settings) {
        this.rolesClaim = settings.rolesClaim();
        this.usernameClaim = settings.usernameClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String name = jwt.hasClaim(usernameClaim) ? jwt.getClaimAsString(usernameClaim) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, roles(jwt), name);
    }

    private Collection<GrantedAuthority> roles(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String part : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> names = value instanceof Collection<?> list
                ? list.stream().map(String::valueOf).toList()
                : value instanceof String text ? List.of(text.trim().split("\\s+")) : List.of();
        return names.stream()
                .filter(role -> !role.isBlank())
                .map(role -> role.toUpperCase(Locale.ROOT))
                .map(role -> role.startsWith(PREFIX) ? role : PREFIX + role)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
