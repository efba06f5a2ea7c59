package uk.gov.tca.partner.demo;

/** Names of the actors that change the register besides users. */
public final class Actors {

    /** The service itself, loading the reference register and the demo organisations. */
    public static final String DATA_LOADER = "partner-service:data-loader";

    private Actors() {
    }
}
