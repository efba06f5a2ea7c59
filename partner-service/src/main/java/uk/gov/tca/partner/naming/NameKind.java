package uk.gov.tca.partner.naming;

/** Where a name comes from: the legal name, the name in common use, or an alias or misspelling bids write. */
public enum NameKind {
    LEGAL,
    COMMON,
    ALIAS
}
