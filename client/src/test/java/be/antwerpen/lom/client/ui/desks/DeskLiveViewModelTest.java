package be.antwerpen.lom.client.ui.desks;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.drill.DrillApi;
import be.antwerpen.lom.client.sync.ServerCalls;
import be.antwerpen.lom.client.testing.RealServer;
import be.antwerpen.lom.client.testing.SupervisorAccess;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.drill.DrillRequest;
import be.antwerpen.lom.model.drill.DrillView;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.EnrollmentRequest;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisors' live desk view against the real server: what the server refuses is said in Dutch. */
class DeskLiveViewModelTest {

    @TempDir
    Path dir;

    private RealServer server;

    @BeforeEach
    void start() throws Exception {
        server = new RealServer(dir);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_supervisor_of_one_of_a_drills_locations_is_told_in_dutch_that_they_may_not_cancel_it() {
        String token = SupervisorAccess.supervisorToken(server);
        server.components.enrollment().enroll(new EnrollmentRequest(RealServer.ENROLL_CODE, "pc-antwerpen"));
        server.components.enrollment().enroll(new EnrollmentRequest(server.components.enrollment().issue(null,
                "deurne", "Loket D", Duration.ofHours(1), "test"), "pc-deurne"));
        StaffMember admin = new StaffMember("beheer", "Beheer", StaffRole.ADMIN, Set.of());
        DrillView everywhere = server.components.drills().start(admin, new DrillRequest("ALL", null, null,
                Instant.now().plus(Duration.ofMinutes(30)), 20));
        DeskLiveViewModel model = new DeskLiveViewModel(SupervisorAccess.api(server, token, DrillApi.class),
                new ServerCalls(ProtocolJson.newMapper()), new BackgroundTasks(Runnable::run, Runnable::run),
                new Messages(Messages.DUTCH_BELGIUM), Clock.systemUTC(), ZoneId.of("Europe/Brussels"), null,
                "antwerpen");

        model.cancel(everywhere);

        assertThat(model.message()).isEqualTo("De server weigert: u hebt hiervoor geen rechten.");
    }
}
