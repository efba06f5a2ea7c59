package uk.gov.tca.partner.relation;

/** How two organisations are linked. Each reads "from ... to": Babergh PART_OF Suffolk County Council. */
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
