package be.antwerpen.lom.server.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.server.wiring.ServerComponents;
import be.antwerpen.lom.server.db.Database;
import be.antwerpen.lom.server.device.Device;
import be.antwerpen.lom.server.refusal.Refusal;
import be.antwerpen.lom.server.http.HttpApi;
import be.antwerpen.lom.server.http.HttpSettings;
import be.antwerpen.lom.server.testing.Desk;
import be.antwerpen.lom.server.testing.Fixture;
import be.antwerpen.lom.server.testing.Http;
import be.antwerpen.lom.server.testing.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Serial leases: per-location prefix, consecutive blocks, never overlapping across desks and server instances. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SerialLeaseContract {

    private String location;
    private Database first;
    private Database second;
    private ServerComponents one;
    private ServerComponents two;
    private Javalin app;
    private Http http;

    abstract TestEngine engine();

    @BeforeAll
    void open(@TempDir Path tempDir) {
        engine().assumeAvailable();
        location = engine().newLocation(tempDir);
        first = engine().open(location);
        second = engine().open(location);
        one = Fixture.components(first);
        two = Fixture.components(second);
        Fixture.staff(one);
        app = one.httpApi(new HttpSettings("127.0.0.1", 0, Optional.empty())).start();
        http = new Http(one.json(), app.port());
    }

    @AfterAll
    void close() {
        if (app != null) {
            app.stop();
        }
        if (first != null) {
            first.close();
            second.close();
            engine().drop(location);
        }
    }

    private Device device(ServerComponents s, String locationId, String desk) {
        Desk d = new Desk(s, locationId, desk, "agent." + locationId);
        return s.db().inTransaction(c -> s.devices().find(c, d.id()).orElseThrow());
    }

    @Test
    void a_lease_is_the_next_block_of_the_location_prefix() {
        Device desk = device(one, "merksem", "Loket 1");

        SerialLease a = one.serialLeases().lease(desk, 100);
        SerialLease b = one.serialLeases().lease(desk, 50);

        assertThat(a.prefix()).isEqualTo("MER-W");
        assertThat(a.last() - a.first() + 1).isEqualTo(100);
        assertThat(b.first()).isEqualTo(a.last() + 1);
        assertThat(b.last()).isEqualTo(a.last() + 50);
        assertThat(one.serialLeases().leasesOf(desk)).containsExactly(a, b);
    }

    @Test
    void locations_have_their_own_prefixes() {
        SerialLease berchem = one.serialLeases().lease(device(one, "berchem", "Loket 1"), 10);
        SerialLease berendrecht = one.serialLeases().lease(device(one, "berendrecht", "Loket 1"), 10);

        assertThat(berchem.prefix()).isNotEqualTo(berendrecht.prefix());
    }

    @Test
    void a_count_outside_one_to_a_thousand_is_refused_and_nothing_is_leased() {
        Device desk = device(one, "ekeren", "Loket 1");

        assertThatThrownBy(() -> one.serialLeases().lease(desk, 0)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> one.serialLeases().lease(desk, 1001)).isInstanceOf(Refusal.class);
        assertThat(one.serialLeases().leasesOf(desk)).isEmpty();
    }

    @Test
    void two_desks_on_two_server_instances_leasing_at_once_never_overlap() throws Exception {
        Device deskA = device(one, "deurne", "Loket 1");
        Device deskB = device(two, "deurne", "Loket 2");
        int perDesk = 20;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SerialLease>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < perDesk; i++) {
                futures.add(pool.submit(lease(go, one, deskA)));
                futures.add(pool.submit(lease(go, two, deskB)));
            }
            go.countDown();
            Set<Long> numbers = new HashSet<>();
            int total = 0;
            for (Future<SerialLease> f : futures) {
                SerialLease lease = f.get();
                assertThat(lease.prefix()).isEqualTo("DEU-W");
                for (long n = lease.first(); n <= lease.last(); n++) {
                    assertThat(numbers.add(n)).as("serial %d leased twice", n).isTrue();
                    total++;
                }
            }
            assertThat(total).isEqualTo(2 * perDesk * 7);
            assertThat(one.serialLeases().leasesOf(deskA)).hasSize(perDesk);
            assertThat(two.serialLeases().leasesOf(deskB)).hasSize(perDesk);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void one_desk_leases_at_most_two_thousand_serials_a_day_even_asking_at_once_on_two_instances() throws Exception {
        Device greedy = device(one, "wilrijk", "Loket 1");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SerialLease>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                ServerComponents instance = i % 2 == 0 ? one : two;
                futures.add(pool.submit(() -> {
                    go.await();
                    return instance.serialLeases().lease(greedy, 300);
                }));
            }
            go.countDown();
            int leased = 0;
            int refused = 0;
            for (Future<SerialLease> f : futures) {
                try {
                    leased += (int) (f.get().last() - f.get().first() + 1);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).hasMessageContaining("at most 2000 a day");
                    refused++;
                }
            }
            assertThat(leased).isEqualTo(6 * 300).isLessThanOrEqualTo(SerialLeaseService.MAX_PER_DESK_PER_DAY);
            assertThat(refused).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(one.serialLeases().lease(device(two, "wilrijk", "Loket 2"), 300).first())
                .as("another desk of the location still leases, after the greedy one's serials").isEqualTo(1801);
        List<be.antwerpen.lom.model.api.AuditEntry> audited = first.inSnapshot(c -> one.audit().search(c, "wilrijk",
                null, null, List.of(greedy.id()), null, null, 50));
        assertThat(audited).filteredOn(e -> e.action().equals("LeaseSerials")).hasSize(6);
    }

    @Test
    void two_desks_keying_the_same_paper_forms_at_once_on_two_instances_give_each_form_to_one_walk_in() throws Exception {
        Desk here = new Desk(one, "antwerpen", "Loket 11", "agent.antwerpen");
        Desk there = new Desk(two, "antwerpen", "Loket 12", "agent.antwerpen");
        java.time.LocalDateTime arrived = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Brussels"))
                .withSecond(0).withNano(0).minusHours(1);
        int forms = 20;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<List<be.antwerpen.lom.model.sync.CommandReceipt>> ascending;
        Future<List<be.antwerpen.lom.model.sync.CommandReceipt>> descending;
        try {
            // one form a push, in opposite orders: every form is contested at a different moment of the two runs
            ascending = pool.submit(() -> keyForms(go, here, arrived, forms, false));
            descending = pool.submit(() -> keyForms(go, there, arrived, forms, true));
            go.countDown();
            ascending.get();
            descending.get();
        } finally {
            pool.shutdownNow();
        }
        List<be.antwerpen.lom.model.sync.CommandReceipt> all = new ArrayList<>(ascending.get());
        all.addAll(descending.get());
        assertThat(all).filteredOn(r -> r.outcome() == be.antwerpen.lom.model.sync.CommandOutcome.APPLIED)
                .hasSize(forms);
        assertThat(all).filteredOn(r -> r.outcome() != be.antwerpen.lom.model.sync.CommandOutcome.APPLIED)
                .hasSize(forms).extracting(be.antwerpen.lom.model.sync.CommandReceipt::reasonCode)
                .containsOnly("paper.serialTaken");
        for (int n = 1; n <= forms; n++) {
            String serial = String.format("ANT-W-%06d", 5000 + n);
            assertThat(first.inSnapshot(c -> be.antwerpen.lom.server.db.Rows.one(c,
                    "SELECT COUNT(*) FROM appointments WHERE code = ?", rs -> rs.getLong(1), serial)).orElse(0L))
                    .as("walk-ins with form " + serial).isEqualTo(1L);
        }
    }

    private static List<be.antwerpen.lom.model.sync.CommandReceipt> keyForms(CountDownLatch go, Desk desk,
            java.time.LocalDateTime arrived, int forms, boolean descending) throws InterruptedException {
        go.await();
        List<be.antwerpen.lom.model.sync.CommandReceipt> receipts = new ArrayList<>();
        for (int i = 1; i <= forms; i++) {
            String serial = String.format("ANT-W-%06d", 5000 + (descending ? forms + 1 - i : i));
            receipts.addAll(desk.push(desk.command(new be.antwerpen.lom.model.sync.Commands.RegisterWalkIn(
                    java.util.UUID.randomUUID(), serial, "antwerpen", "EID_APPLY", arrived,
                    Fixture.citizen("Jan", "Claes"), be.antwerpen.lom.model.appointment.AppointmentOrigin.PAPER,
                    serial))).receipts());
        }
        return receipts;
    }

    private static Callable<SerialLease> lease(CountDownLatch go, ServerComponents s, Device desk) {
        return () -> {
            go.await();
            return s.serialLeases().lease(desk, 7);
        };
    }

    @Test
    void over_http_a_desk_leases_and_lists_with_staff_and_device_credentials() {
        Desk desk = new Desk(one, "antwerpen", "Loket 9", "agent.antwerpen");
        String token = http.post("/auth/login", new LoginRequest("agent.antwerpen", Fixture.PASSWORD), Map.of())
                .json().path("token").asText();
        Map<String, String> headers = Http.device(token, desk.id(), desk.identity.deviceSecret());

        Http.Response leased = http.post("/serials/lease", Map.of("count", 60), headers);
        Http.Response list = http.get("/serials/leases", headers);
        Http.Response withoutDevice = http.post("/serials/lease", Map.of("count", 60), Http.bearer(token));
        Http.Response tooMany = http.post("/serials/lease", Map.of("count", 5000), headers);

        assertThat(leased.status()).isEqualTo(201);
        JsonNode lease = leased.json();
        assertThat(lease.path("prefix").asText()).isEqualTo("ANT-W");
        assertThat(lease.path("last").asLong() - lease.path("first").asLong()).isEqualTo(59);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("first").asLong()).isEqualTo(lease.path("first").asLong());
        assertThat(withoutDevice.status()).isIn(401, 403);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("field").asText()).isEqualTo("count");
        List<be.antwerpen.lom.model.api.AuditEntry> audited = first.inSnapshot(c -> one.audit().search(c, "antwerpen",
                null, null, List.of(desk.id()), null, null, 50));
        assertThat(audited).filteredOn(e -> e.action().equals("LeaseSerials")).singleElement()
                .satisfies(e -> assertThat(e.actor()).as("the person logged in at the desk").isEqualTo("agent.antwerpen"));
        for (String notAnObject : List.of("[]", "\"x\"", "1")) {
            Http.Response refused = http.post("/serials/lease", notAnObject, headers);
            assertThat(refused.status()).as(notAnObject).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("body");
        }
        assertThat(http.get("/serials/leases", headers).json()).as("nothing more leased").hasSize(1);
    }
}
