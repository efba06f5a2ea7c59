package uk.gov.tca.partner.naming;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a name comes from: the legal name, the name in common use, or an alias or misspelling bids write. */
@Schema(description = "Where a name comes from: LEGAL, the legal name; COMMON, the name in common use; ALIAS, "
        + "another name or misspelling as bids write it")
public enum NameKind {
    LEGAL,
    COMMON,
    ALIAS
}
