package uk.gov.tca.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Stand-ins for the three services behind the gateway, each answering with its own name, plus two routes of
 * the test's own: one to a port where nothing listens, and one to a service too slow for its timeout. The web
 * client's REST clients call the same stand-ins as the API routes do.
 */
public class Services implements QuarkusTestResourceLifecycleManager {

    static final Map<String, WireMockServer> SERVERS = new HashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"partner", "bid", "scoring", "slow"}) {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            SERVERS.put(service, server);
            config.put("gateway.routes." + service + ".url", server.baseUrl());
            if (!"slow".equals(service)) {
                config.put("quarkus.rest-client." + service + ".url", server.baseUrl());
            }
        }
        reset();
        config.put("gateway.routes.slow.segments", "slow");
        config.put("gateway.routes.slow.timeout", "300ms");
        config.put("gateway.routes.down.url", "http://127.0.0.1:" + closedPort());
        config.put("gateway.routes.down.segments", "down");
        return config;
    }

    /** The stand-in for one service: partner, bid, scoring or slow. */
    public static WireMockServer server(String service) {
        return SERVERS.get(service);
    }

    public static void reset() {
        SERVERS.forEach((service, server) -> {
            server.resetAll();
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withHeader("X-Served-By", service)
                    .withBody("{\"service\": \"" + service + "\"}")
                    .withFixedDelay("slow".equals(service) ? 2_000 : 0)));
        });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
    }
}
