package be.antwerpen.lom.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.ProtocolJson;
import be.antwerpen.lom.model.sync.SyncCommand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a push sends for an outbox command (ADR 0129): the stored payload as it is, never a broken request. */
class PushableCommandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();

    @Test
    void a_command_of_this_build_goes_on_the_wire_exactly_as_writing_the_command_gives_it() throws Exception {
        SyncCommand signed = walkIn(1, "Wouters", "proof-of-agent");
        SyncCommand unsigned = walkIn(2, "Goossens", null);
        try (LocalStore store = unlocked()) {
            append(store, signed, unsigned);

            List<PushableCommand> pending = store.database().inTransaction(c -> store.outbox().pendingForPush(c, 1, 10, Integer.MAX_VALUE));

            assertThat(pending).extracting(PushableCommand::sequence).containsExactly(1L, 2L);
            assertThat(wire(pending.get(0))).isEqualTo(json.readTree(json.writeValueAsString(signed)));
            assertThat(wire(pending.get(1))).isEqualTo(json.readTree(json.writeValueAsString(unsigned)));
            assertThat(wire(pending.get(1)).has("actorProof")).isFalse();
        }
    }

    @Test
    void the_push_reads_from_the_given_sequence_on_and_at_most_the_limit() {
        try (LocalStore store = unlocked()) {
            append(store, walkIn(1, "Wouters", null), walkIn(2, "Goossens", null), walkIn(3, "Peeters", null));

            List<PushableCommand> pending = store.database().inTransaction(c -> store.outbox().pendingForPush(c, 2, 1, Integer.MAX_VALUE));

            assertThat(pending).extracting(PushableCommand::sequence).containsExactly(2L);
        }
    }

    @Test
    void the_push_stops_before_the_command_that_would_pass_the_payload_budget_but_always_takes_the_first() {
        try (LocalStore store = unlocked()) {
            append(store, walkIn(1, "Wouters", null), walkIn(2, "Goossens", null), walkIn(3, "Peeters", null));
            List<PushableCommand> all = store.database().inTransaction(c -> store.outbox().pendingForPush(c, 1, 10,
                    Integer.MAX_VALUE));
            int first = all.get(0).payloadText().length();
            int second = all.get(1).payloadText().length();

            assertThat(pendingWithin(store, first + second)).containsExactly(1L, 2L);
            assertThat(pendingWithin(store, first + second - 1)).containsExactly(1L);
            assertThat(pendingWithin(store, first)).containsExactly(1L);
            assertThat(pendingWithin(store, 1)).as("a command larger than the budget still goes, alone")
                    .containsExactly(1L);
            assertThat(all).extracting(PushableCommand::sequence).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void an_outbox_command_written_as_text_shows_none_of_the_citizens_data() {
        try (LocalStore store = unlocked()) {
            append(store, walkIn(1, "Wouters", null));

            PushableCommand pending = store.database().inTransaction(c -> store.outbox().pendingForPush(c, 1, 10,
                    Integer.MAX_VALUE)).get(0);
            OutboxEntry entry = store.database().inTransaction(c -> store.outbox().all(c)).get(0);

            assertThat(pending.payloadText()).contains("Wouters");
            assertThat(pending.toString() + " " + entry.toString()).doesNotContain("Wouters")
                    .contains(pending.commandId().toString());
        }
    }

    private static List<Long> pendingWithin(LocalStore store, int payloadChars) {
        return store.database().inTransaction(c -> store.outbox().pendingForPush(c, 1, 10, payloadChars)).stream()
                .map(PushableCommand::sequence).toList();
    }

    @Test
    void a_payload_of_another_build_goes_as_stored() throws Exception {
        String stored = "{\"type\":\"ConfirmArrival\",\"appointmentId\":\"" + UUID.randomUUID()
                + "\",\"arrivedVia\":\"kiosk\"}";

        JsonNode wire = wire(command(stored));

        assertThat(wire.get("payload")).isEqualTo(json.readTree(stored));
    }

    @Test
    void a_payload_that_is_not_one_json_object_goes_as_a_text_and_the_request_stays_json() throws Exception {
        for (String damaged : List.of("not json", "{\"type\":\"CheckIn\"", "{\"type\":\"CheckIn\"} {\"a\":1}",
                "[1,2]", "\"text\"", "{\"type\":\"CheckIn\"}]", "")) {
            String request = json.writeValueAsString(json.createArrayNode().add(command(damaged).toWire(json)));

            JsonNode sent = json.readTree(request);

            assertThat(sent.get(0).get("payload").isTextual()).as(damaged).isTrue();
            assertThat(sent.get(0).get("payload").asText()).as(damaged).isEqualTo(damaged);
        }
    }

    private PushableCommand command(String payload) {
        return new PushableCommand(7, UUID.randomUUID(), Instant.parse("2026-12-07T08:00:00Z"), "agent.antwerpen",
                null, payload);
    }

    /** The command as the server reads it: the wire form written out and parsed again. */
    private JsonNode wire(PushableCommand command) throws Exception {
        return json.readTree(json.writeValueAsString(command.toWire(json)));
    }

    private LocalStore unlocked() {
        return UnlockedStores.open(dir, json);
    }

    private static void append(LocalStore store, SyncCommand... commands) {
        UnlockedStores.append(store, commands);
    }

    private static SyncCommand walkIn(long sequence, String familyName, String proof) {
        return new SyncCommand(UUID.randomUUID(), sequence, SyncCommand.CURRENT_SCHEMA_VERSION,
                Instant.parse("2026-12-07T08:00:00.123456Z").plusSeconds(sequence), "agent.antwerpen",
                new Commands.RegisterWalkIn(UUID.randomUUID(), "L1-000" + sequence, "antwerpen", "EID_APPLY",
                        DAY.atTime(9, 0), new Citizen(null, "Lotte", familyName, null, null), AppointmentOrigin.WALK_IN,
                        null), proof);
    }
}
