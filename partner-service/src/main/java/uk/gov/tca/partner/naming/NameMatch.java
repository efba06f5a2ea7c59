package uk.gov.tca.partner.naming;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a name as written matched one of an organisation's names. */
@Schema(description = "How a name as written matched one of an organisation's names: EXACT, the same once case "
        + "and punctuation are folded; ALIAS, one of its recorded aliases or misspellings; STYLE_VARIANT, the same "
        + "name in another style (\"Stratford on Avon District Council\"); PARTIAL, every word written is in the name "
        + "(\"Kings Lynn\"); FUZZY, spelt differently but close (\"East Lynsey\" for East Lindsey)")
public enum NameMatch {
    /** The same name, once case and punctuation are folded. */
    EXACT,
    /** One of the organisation's recorded aliases or misspellings. */
    ALIAS,
    /** The same name in another style ("Stratford on Avon District Council" for "Stratford-on-Avon"). */
    STYLE_VARIANT,
    /** Every word written is in the name ("Kings Lynn" in "Kings Lynn and West Norfolk"). */
    PARTIAL,
    /** Spelt differently but close ("East Lynsey" for "East Lindsey"). */
    FUZZY
}
