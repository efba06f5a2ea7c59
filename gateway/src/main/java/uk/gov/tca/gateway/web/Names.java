package uk.gov.tca.gateway.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import uk.gov.tca.gateway.web.services.bid.BidApi;
import uk.gov.tca.gateway.web.services.partner.PartnerApi;

/**
 * Names for the ids pages would otherwise show ({@code inject:names.round(id)}): a round's name, an organisation's
 * legal name, each asked once a page. A name is a help, not a need: where the service cannot say, the id is shown.
 */
@RequestScoped
@Named("names")
public class Names {

    private static final Logger LOG = Logger.getLogger(Names.class);

    private final BidApi bids;
    private final PartnerApi register;
    private final Map<String, String> rounds = new HashMap<>();
    private final Map<String, String> organisations = new HashMap<>();

    public Names(@RestClient BidApi bids, @RestClient PartnerApi register) {
        this.bids = bids;
        this.register = register;
    }

    public String round(String id) {
        return id == null ? "" : rounds.computeIfAbsent(id, r -> named(r, () -> bids.round(r).name()));
    }

    public String organisation(String id) {
        return id == null ? "" : organisations.computeIfAbsent(id, o -> named(o, () -> register.organisation(o).legalName()));
    }

    private static String named(String id, java.util.function.Supplier<String> name) {
        try {
            String found = name.get();
            return found == null || found.isBlank() ? id : found;
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no name for %s: %s", id, e.getMessage());
            return id;
        }
    }
}
