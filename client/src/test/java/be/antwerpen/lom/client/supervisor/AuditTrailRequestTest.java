package be.antwerpen.lom.client.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.sync.DeskCredentials;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.client.testing.ScriptedServer;
import be.antwerpen.lom.client.testing.ScriptedServer.Answer;
import be.antwerpen.lom.client.testing.ScriptedServer.Received;
import be.antwerpen.lom.client.testing.TestAppointments;
import be.antwerpen.lom.client.testing.TestDesk;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.sync.ProtocolJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the audit search puts on the wire: the register number in the POST body, never in the URL. */
class AuditTrailRequestTest {

    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void the_register_number_travels_only_in_the_post_body(@TempDir Path dir) throws Exception {
        try (ScriptedServer server = new ScriptedServer(json); TestDesk desk = new TestDesk(dir, Clock.systemUTC())) {
            server.on("POST", "/api/v1/audit/search", r -> new Answer(200, List.of()));
            DeskCredentials token = new DeskCredentials() {
                @Override
                public Optional<String> staffToken() {
                    return Optional.of("t");
                }

                @Override
                public Optional<String> deviceId() {
                    return Optional.empty();
                }

                @Override
                public Optional<String> deviceSecret() {
                    return Optional.empty();
                }
            };
            SupervisorApi api = new ServerConnectionFactory(json, null, token, Duration.ofSeconds(5))
                    .connect(server.url(), SupervisorApi.class);
            AuditTrail trail = new AuditTrail(api, new ServerCalls(json),
                    new AppointmentCodeLookup(desk.store.database()));
            NationalRegisterNumber nrn = NationalRegisterNumber.parse(TestAppointments.VALID_NRN);

            AuditQuery query = new AuditQuery(List.of("antwerpen", "berchem"), null, nrn, null, null, null, null);
            trail.search(query);

            assertThat(server.received()).hasSize(2).allSatisfy((Received r) -> {
                assertThat(r.method()).isEqualTo("POST");
                assertThat(r.path() + "?" + r.query()).doesNotContain(TestAppointments.VALID_NRN)
                        .doesNotContain("85.07");
                assertThat(r.body().path("nationalRegisterNumber").asText()).isEqualTo(TestAppointments.VALID_NRN);
            });
            assertThat(server.received()).extracting(r -> r.body().path("locationId").asText())
                    .containsExactly("antwerpen", "berchem");
            assertThat(query.toString()).doesNotContain(TestAppointments.VALID_NRN);
        }
    }
}
