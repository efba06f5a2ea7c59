package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a saving stands, as a council's savings programme rates it by year. */
@Schema(name = "Rag", description = "How a saving stands, as a savings programme rates it: GREEN_DELIVERED, "
        + "GREEN_ON_TARGET, AMBER (at risk) or RED (not expected). AMBER and RED should say why (ragComment; warning "
        + "RAG_WITHOUT_COMMENT otherwise).")
public enum Rag {
    GREEN_DELIVERED, GREEN_ON_TARGET, AMBER, RED;

    /** Whether the rating says the saving is in doubt, which a comment should explain. */
    public boolean inDoubt() {
        return this == AMBER || this == RED;
    }
}
