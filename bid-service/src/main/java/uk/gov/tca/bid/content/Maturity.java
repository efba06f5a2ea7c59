package uk.gov.tca.bid.content;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far a proposal has got, apart from what it says and where it is in the funder's process: an idea, a worked
 * business case, or one its own organisation has approved (its approval chain signed).
 */
@Schema(name = "Maturity", description = "How far the proposal has got, apart from its content and its status with the "
        + "funder: CONCEPT (an idea), BUSINESS_CASE (a worked case), APPROVED (approved by its own organisation; every "
        + "sign-off of its approval chain should be dated, warning APPROVAL_CHAIN_INCOMPLETE otherwise).")
public enum Maturity { CONCEPT, BUSINESS_CASE, APPROVED }
