package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.testing.Fixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document the server serves (ADR 0109): valid for a standard validator (swagger-parser, every
 * message fails the test), and in step with the routes the running server registers: every route is
 * documented and every documented operation is a route. The routes are read from the Javalin instance,
 * not from a list kept by hand.
 */
class OpenApiDocumentTest {

    private static final String BASE = "/api/v1";
    private static final Set<HandlerType> OPERATIONS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);
    /** Routes outside the API, each with the reason it is not in the document. */
    private static final Set<String> OUTSIDE_THE_API = Set.of(
            "GET /metrics" /* Prometheus scrape (ops), not a client API; docs/operations.md */);

    @Test
    void theDocumentIsValidOpenApi() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);

        SwaggerParseResult result = new OpenAPIParser().readContents(document(), null, options);

        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    @Test
    void everyRouteOfTheRunningServerIsDocumentedAndEveryDocumentedOperationIsARoute(@TempDir Path dir)
            throws IOException {
        Set<String> routes = new TreeSet<>();
        try (Database db = Database.sqlite(dir.resolve("routes.db"))) {
            ServerComponents server = Fixture.components(db);
            Javalin app = server.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
            try {
                app.unsafe.internalRouter.allHttpHandlers().stream()
                        .map(handler -> handler.endpoint)
                        .filter(endpoint -> OPERATIONS.contains(endpoint.method))
                        .forEach(endpoint -> routes.add(endpoint.method.name() + " " + openApiPath(endpoint.path)));
            } finally {
                app.stop();
            }
        }
        Set<String> documented = new TreeSet<>();
        JsonNode paths = new ObjectMapper().readTree(document()).path("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (OPERATIONS.stream().anyMatch(t -> t.name().equalsIgnoreCase(method))) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        routes.removeAll(OUTSIDE_THE_API);

        Set<String> undocumented = new TreeSet<>(routes);
        undocumented.removeAll(documented);
        Set<String> notRegistered = new TreeSet<>(documented);
        notRegistered.removeAll(routes);
        assertThat(routes).as("routes found on the running server").hasSizeGreaterThan(20);
        assertThat(undocumented).as("routes the server registers that openapi.json does not document "
                + "(add them under \"paths\", relative to " + BASE + ")").isEmpty();
        assertThat(notRegistered).as("operations openapi.json documents that the server does not register")
                .isEmpty();
    }

    /** {@code /api/v1/locations/{locationId}/agenda} as OpenAPI writes it: relative to the server URL. */
    private static String openApiPath(String route) {
        String path = route.startsWith(BASE) ? route.substring(BASE.length()) : route;
        return path.replaceAll("<([^>]+)>", "{$1}");
    }

    private static String document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
