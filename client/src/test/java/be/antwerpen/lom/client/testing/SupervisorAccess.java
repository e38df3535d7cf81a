package be.antwerpen.lom.client.testing;

import be.antwerpen.lom.client.supervisor.SupervisorApi;
import be.antwerpen.lom.client.sync.DeskCredentials;
import be.antwerpen.lom.client.sync.ServerConnectionFactory;
import be.antwerpen.lom.model.api.LoginRequest;
import be.antwerpen.lom.model.staff.StaffRole;
import be.antwerpen.lom.model.sync.ProtocolJson;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** A supervisor of antwerpen on a {@link RealServer}, and the supervisor's HTTP API logged in as them. */
public final class SupervisorAccess {

    public static final String SUPERVISOR = "supervisor.antwerpen";

    private SupervisorAccess() {
    }

    /** Creates the supervisor on the server and returns their login token. */
    public static String supervisorToken(RealServer server) {
        server.components.staffAdministration().create(SUPERVISOR, "Supervisor", StaffRole.SUPERVISOR,
                Set.of("antwerpen"), RealServer.PASSWORD, true, "test");
        return server.components.login().login(new LoginRequest(SUPERVISOR, RealServer.PASSWORD)).token();
    }

    public static SupervisorApi api(RealServer server, String token) {
        return api(server, token, SupervisorApi.class);
    }

    /** Any of the desk's HTTP APIs at the server, logged in with {@code token} and no device. */
    public static <T> T api(RealServer server, String token, Class<T> type) {
        DeskCredentials credentials = new DeskCredentials() {
            @Override
            public Optional<String> staffToken() {
                return Optional.of(token);
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
        return new ServerConnectionFactory(ProtocolJson.newMapper(), null, credentials, Duration.ofSeconds(10))
                .connect(server.url(), type);
    }
}
