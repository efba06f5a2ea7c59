package uk.gov.tca.partner.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One identifier of an organisation on one scheme. */
@Embeddable
public class Identifier {

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false, length = 20)
    public IdentifierScheme scheme;

    @Column(name = "value", nullable = false, length = 80)
    public String value;

    protected Identifier() {
    }

    public Identifier(IdentifierScheme scheme, String value) {
        this.scheme = scheme;
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Identifier other && scheme == other.scheme && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, value);
    }
}
