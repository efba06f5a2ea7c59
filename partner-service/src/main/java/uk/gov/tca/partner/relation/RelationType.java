package uk.gov.tca.partner.relation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How two organisations are linked. Each reads "from ... to": Babergh PART_OF Suffolk County Council. */
@Schema(description = "How two organisations are linked, read \"from type to\": PART_OF (a district within a "
        + "county's area: Babergh PART_OF Suffolk County Council), SHARED_WORKFORCE (one workforce serving both, as "
        + "Babergh and Mid Suffolk), STRATEGIC_ALLIANCE (a standing alliance with shared management), SHARED_SERVICE "
        + "(a service delivered for both through one arrangement), OWNED_BY (a company or trading body the other "
        + "owns), HOSTED_BY (a body the other hosts or administers)")
public enum RelationType {
    /** A district within a county area. */
    PART_OF,
    /** One workforce serving both, as Babergh and Mid Suffolk. */
    SHARED_WORKFORCE,
    /** A standing alliance with shared management, as High Peak and Staffordshire Moorlands. */
    STRATEGIC_ALLIANCE,
    /** A service delivered for both through one arrangement. */
    SHARED_SERVICE,
    /** A company or trading body owned by the other organisation. */
    OWNED_BY,
    /** A body hosted or administered by the other organisation. */
    HOSTED_BY
}
