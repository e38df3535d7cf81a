package be.antwerpen.lom.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import be.antwerpen.lom.client.store.DeviceIdentity;
import be.antwerpen.lom.model.staff.StaffMember;
import be.antwerpen.lom.model.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkplaceTest {

    private static final DeviceIdentity DESK = new DeviceIdentity("https://lom.example", "dev-1", "secret",
            "antwerpen", "Loket 1");

    @Test
    void an_agent_is_no_supervisor() {
        Workplace agent = new Workplace(DESK, new StaffMember("agent", "Agent", StaffRole.AGENT, Set.of("antwerpen")));

        assertThat(agent.supervisor()).isFalse();
        assertThat(agent.locationId()).isEqualTo("antwerpen");
    }

    @Test
    void a_supervisor_oversees_the_desks_location_first_then_their_others_in_order() {
        Workplace supervisor = new Workplace(DESK, new StaffMember("sup", "Sup", StaffRole.SUPERVISOR,
                Set.of("wilrijk", "antwerpen", "deurne")));

        assertThat(supervisor.supervisor()).isTrue();
        assertThat(supervisor.overseenLocations()).containsExactly("antwerpen", "deurne", "wilrijk");
    }

    @Test
    void a_supervisor_of_other_locations_does_not_oversee_the_desks_own() {
        Workplace visitor = new Workplace(DESK, new StaffMember("sup", "Sup", StaffRole.SUPERVISOR,
                Set.of("deurne")));

        assertThat(visitor.overseenLocations()).containsExactly("deurne");
    }

    @Test
    void an_administrator_works_at_the_desks_location() {
        Workplace admin = new Workplace(DESK, new StaffMember("admin", "Admin", StaffRole.ADMIN, Set.of()));

        assertThat(admin.supervisor()).isTrue();
        assertThat(admin.overseenLocations()).containsExactly("antwerpen");
    }
}
