package uk.gov.tca.platform.security;

import java.util.Set;

/** Who is asking: the user or system, its organisation (token claim {@code org}) and its realm roles. */
public record Caller(String name, String organisation, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }
}
