package be.antwerpen.lom.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.server.refusal.Refusal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one place a refusal's kind becomes a status code: the statuses the API has always answered. */
class ErrorMappingStatusTest {

    @Test
    void every_kind_of_refusal_has_its_one_status() {
        Map<Refusal.Kind, Integer> expected = new EnumMap<>(Refusal.Kind.class);
        expected.put(Refusal.Kind.INVALID, 400);
        expected.put(Refusal.Kind.UNAUTHENTICATED, 401);
        expected.put(Refusal.Kind.FORBIDDEN, 403);
        expected.put(Refusal.Kind.NOT_FOUND, 404);
        expected.put(Refusal.Kind.CONFLICT, 409);
        expected.put(Refusal.Kind.GONE, 410);
        expected.put(Refusal.Kind.TOO_LARGE, 413);
        expected.put(Refusal.Kind.INCONSISTENT, 422);
        expected.put(Refusal.Kind.TOO_MANY_ATTEMPTS, 429);

        assertThat(expected).hasSize(Refusal.Kind.values().length);
        expected.forEach((kind, status) -> assertThat(ErrorMapping.status(kind)).as(kind.name()).isEqualTo(status));
    }
}
