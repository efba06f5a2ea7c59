package uk.gov.tca.bid.feed;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Discriminator;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.gov.tca.bid.lifecycle.BidEvent;
import uk.gov.tca.bid.lifecycle.BidFeed;

/**
 * Publishes the feed's events as the contract integrators generate clients from: for each event type a schema
 * ({@code BidSubmittedEvent}) that is a CloudEvent whose type, dataschema and data say which, and the feed's page as a
 * list of those, told apart by {@code type}. The data schemas are the event records' own ({@link BidEvent}).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class FeedContract implements OASFilter {

    static final String PAGE = "BidFeedPage";

    /** The platform's endpoint says how the feed is read; who may read it and what is on it are this service's. */
    static final String WHO_READS = "Who may read it: integrators, programme managers and the services' accounts. The "
            + "events are the changes of public bids: submitted (also a bid recorded through /bids/imports), "
            + "in-assessment, participants-changed, withdrawn, returned and decided; each event's data is the bid as it "
            + "stands after the change, with its version. Start with no after and keep the last page's next.";

    static final String LIMIT = "The most events to answer, 1 to 500; 100 when left out.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var components = openAPI.getComponents();
        Map<String, String> mapping = new TreeMap<>();
        List<Schema> events = new ArrayList<>();
        new TreeMap<>(BidEvent.ON_THE_FEED).forEach((kind, record) -> {
            String data = record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class).name();
            String name = data + "Event";
            String type = BidFeed.TYPE_PREFIX + kind;
            components.addSchema(name, OASFactory.createSchema()
                    .description("A CloudEvent of type " + type)
                    .addAllOf(ref("CloudEvent"))
                    .addAllOf(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                            .addRequired("type").addRequired("data")
                            .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                    .addEnumeration(type).description("The event's type: what happened to the bid"))
                            .addProperty("dataschema", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                    .addEnumeration(BidFeed.SCHEMA_PREFIX + data)
                                    .description("Names " + data + ", the schema of data in this contract"))
                            .addProperty("data", ref(data).description("The bid as it stands after the change"))));
            mapping.put(type, "#/components/schemas/" + name);
            events.add(ref(name));
        });
        Discriminator byType = OASFactory.createDiscriminator().propertyName("type");
        mapping.forEach(byType::addMapping);
        // a FeedPage (the platform's, which other services' clients read) whose events are typed
        components.addSchema(PAGE, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One page of the bid-service's change feed: each event's type says what its data is")
                .addAllOf(ref("FeedPage"))
                .addProperty("events", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The events after the cursor, oldest first; empty when there are none yet")
                        .items(OASFactory.createSchema().oneOf(events).discriminator(byType)))
                .addProperty("next", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Ask for after=this next (an opaque string)")));
        var feed = openAPI.getPaths().getPathItem("/feed");
        if (feed != null && feed.getGET() != null) {
            Operation get = feed.getGET();
            APIResponse ok = get.getResponses().getAPIResponse("200");
            ok.getContent().getMediaTypes().values().forEach(media -> media.schema(ref(PAGE)));
            get.description(get.getDescription() + " " + WHO_READS);
            if (get.getParameters() != null) {
                get.getParameters().stream().filter(p -> "limit".equals(p.getName()) && p.getDescription() == null)
                        .forEach(p -> p.description(LIMIT));
            }
        }
    }

    private static Schema ref(String schema) {
        return OASFactory.createSchema().ref("#/components/schemas/" + schema);
    }
}
