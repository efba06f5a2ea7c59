package uk.gov.tca.partner.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A name an organisation goes by, stored with the folded forms that search and resolve compare. */
@Embeddable
public class OrganisationName {

    @Column(name = "name", nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    public NameKind kind;

    @Column(name = "normalised", nullable = false, length = 300)
    public String normalised;

    @Column(name = "core", nullable = false, length = 300)
    public String core;

    protected OrganisationName() {
    }

    /** A name as stored, with the folded forms it was stored with. */
    public static OrganisationName stored(String name, NameKind kind, String normalised, String core) {
        OrganisationName stored = new OrganisationName();
        stored.name = name;
        stored.kind = kind;
        stored.normalised = normalised;
        stored.core = core;
        return stored;
    }

    public OrganisationName(String name, NameKind kind) {
        this.name = name;
        this.kind = kind;
        this.normalised = NameFolding.normalise(name);
        this.core = NameFolding.core(name);
    }
}
