package be.antwerpen.lom.model.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.model.validation.DomainValidationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void an_agent_works_only_at_their_locations() {
        StaffMember agent = new StaffMember("agent.deurne", "An Peeters", StaffRole.AGENT, Set.of("deurne", "merksem"));

        assertThat(agent.mayWorkAt("deurne")).isTrue();
        assertThat(agent.mayWorkAt("merksem")).isTrue();
        assertThat(agent.mayWorkAt("wilrijk")).isFalse();
        assertThat(agent.mayWorkAt(null)).isFalse();
    }

    @Test
    void a_supervisor_is_scoped_like_an_agent() {
        StaffMember supervisor = new StaffMember("supervisor.hoboken", null, StaffRole.SUPERVISOR, Set.of("hoboken"));

        assertThat(supervisor.mayWorkAt("hoboken")).isTrue();
        assertThat(supervisor.mayWorkAt("ekeren")).isFalse();
    }

    @Test
    void an_admin_works_everywhere() {
        StaffMember admin = new StaffMember("admin", "Beheer", StaffRole.ADMIN, null);

        assertThat(admin.locationIds()).isEmpty();
        assertThat(admin.mayWorkAt("berendrecht")).isTrue();
    }

    @Test
    void the_location_set_is_a_copy_that_cannot_change() {
        Set<String> mutable = new HashSet<>(Set.of("deurne"));
        StaffMember agent = new StaffMember("agent.deurne", null, StaffRole.AGENT, mutable);

        mutable.add("wilrijk");

        assertThat(agent.mayWorkAt("wilrijk")).isFalse();
        assertThatThrownBy(() -> agent.locationIds().add("wilrijk")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void username_role_and_location_ids_are_required() {
        assertThatThrownBy(() -> new StaffMember(" ", null, StaffRole.AGENT, Set.of()))
                .isInstanceOf(DomainValidationException.class).hasMessage("username must not be blank");
        assertThatThrownBy(() -> new StaffMember("agent.deurne", null, null, Set.of()))
                .isInstanceOf(DomainValidationException.class).hasMessage("role is required");
        assertThatThrownBy(() -> new StaffMember("agent.deurne", null, StaffRole.AGENT,
                new HashSet<>(Arrays.asList("deurne", null))))
                .isInstanceOf(DomainValidationException.class).hasMessage("locationIds is required");
    }

    @Test
    void roles_are_ordered_agent_supervisor_admin() {
        assertThat(StaffRole.ADMIN.atLeast(StaffRole.SUPERVISOR)).isTrue();
        assertThat(StaffRole.SUPERVISOR.atLeast(StaffRole.SUPERVISOR)).isTrue();
        assertThat(StaffRole.SUPERVISOR.atLeast(StaffRole.AGENT)).isTrue();
        assertThat(StaffRole.AGENT.atLeast(StaffRole.SUPERVISOR)).isFalse();
        assertThat(StaffRole.SUPERVISOR.atLeast(StaffRole.ADMIN)).isFalse();
    }
}
