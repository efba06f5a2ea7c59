package uk.gov.tca.partner.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Optional;
import java.util.regex.Pattern;

/** The identifier schemes the register keeps, each with the format check its issuer publishes. */
@Schema(description = "The identifier schemes the register keeps, each value checked against its issuer's format: "
        + "ORG_ID, a 360Giving org-id (a country and list prefix, then the identifier: GB-LAE-BAB); GSS, an ONS "
        + "Government Statistical Service code (E, W, S, N, L or M and 8 digits: E07000200); ODS, an NHS Organisation "
        + "Data Service code (3 to 6 capital letters or digits: RYF); CHARITY, a charity number (6 to 8 digits with an "
        + "optional '-' and 1 or 2 digits, SC and 6 digits, or NIC and 6 digits); COMPANY, a Companies House number "
        + "(8 digits, or 2 letters and 6 digits); LA_REGISTER, the local authority register's code (3 or 4 capital "
        + "letters, as BAB, optionally '-' and 1 or 2 more)")
public enum IdentifierScheme {
    /** 360Giving org-id: a registered list prefix (GB-LAE, GB-CHC, GB-NHS …) and the identifier on that list. */
    ORG_ID("^[A-Z]{2}-[A-Z]{2,6}-[A-Za-z0-9][A-Za-z0-9._-]*$",
            "is not a 360Giving org-id (a country and list prefix such as GB-LAE-, then the identifier)"),
    /** ONS Government Statistical Service code: E06000052 for Cornwall. */
    GSS("^[EWSNLM][0-9]{8}$", "is not a valid ONS GSS code (a letter E, W, S, N, L or M and 8 digits)"),
    /** NHS Organisation Data Service code: RYF, 11J, R1A. */
    ODS("^[A-Z0-9]{3,6}$", "is not a valid ODS code (3 to 6 capital letters or digits)"),
    /** Charity Commission (E&W: 6–8 digits, optional -n subsidiary), OSCR (SC + 6 digits) or NI (NIC + digits). */
    CHARITY("^([0-9]{6,8}(-[0-9]{1,2})?|SC[0-9]{6}|NIC[0-9]{6})$",
            "is not a valid charity number (6 to 8 digits, SC and 6 digits, or NIC and 6 digits)"),
    /** Companies House number: 8 digits, or a 2-letter prefix (SC, NI, OC, RC …) and 6 digits. */
    COMPANY("^([0-9]{8}|[A-Z]{2}[0-9]{6})$", "is not a valid company number (8 digits, or 2 letters and 6 digits)"),
    /** The local authority register's three- or four-letter code: BAB for Babergh. */
    LA_REGISTER("^[A-Z]{3,4}(-[A-Z]{1,2})?$", "is not a local authority register code (3 or 4 capital letters, as BAB)");

    private final Pattern format;
    private final String problem;

    IdentifierScheme(String format, String problem) {
        this.format = Pattern.compile(format);
        this.problem = problem;
    }

    /** @return why the value is not an identifier of this scheme, or empty when it is one */
    public Optional<String> check(String value) {
        if (value == null || !format.matcher(value).matches()) {
            return Optional.of(problem);
        }
        return Optional.empty();
    }
}
