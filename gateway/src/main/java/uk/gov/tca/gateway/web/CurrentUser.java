package uk.gov.tca.gateway.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in user as the page layout asks about it ({@code inject:user.manager}): which menu to show. */
@RequestScoped
@Named("user")
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public boolean assessor() {
        return identity.hasRole("assessor");
    }

    public boolean manager() {
        return identity.hasRole("programme-manager");
    }
}
